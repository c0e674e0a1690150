package com.trengo.cli.io;

/**
 * CSV cells a spreadsheet would run as a formula, made inert, and back. A cell that starts with
 * {@code = + - @}, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
 * ({@code =HYPERLINK(..)}, {@code +cmd|' /C calc'!A0}): a contact's name is data an outsider chose. Such
 * a cell is written with a leading apostrophe, which every spreadsheet reads as "text" and hides (OWASP's
 * advice); so is a cell that already starts with an apostrophe followed by one of those characters or a
 * second apostrophe, so that reading back is exact: {@link #restore} removes one apostrophe from exactly
 * the cells {@link #neutralise} adds one to. Names such as {@code 't Hooft} pass unchanged both ways.
 */
public final class Cells {

  private Cells() {}

  /** The value to write into a CSV cell. */
  public static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean escapedAlready = first == '\'' && value.length() > 1 && (isTrigger(value.charAt(1)) || value.charAt(1) == '\'');
    return isTrigger(first) || escapedAlready ? "'" + value : value;
  }

  /** The value a CSV cell written by {@link #neutralise} stands for. */
  public static String restore(String cell) {
    if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
      return cell;
    }
    char second = cell.charAt(1);
    return isTrigger(second) || second == '\'' ? cell.substring(1) : cell;
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
