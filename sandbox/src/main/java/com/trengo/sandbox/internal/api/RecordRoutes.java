package com.trengo.sandbox.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Records;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

/**
 * The routes of one account resource that Trengo serves like a Laravel resource controller (labels,
 * custom fields, teams, ticket results, contact groups, quick replies, webhooks): list, get, create,
 * update, delete. What differs between resources is given to it: the records, how one is shown, how a
 * body is read into one, how the list is paged and filtered, and what deleting one also removes. Ids
 * in the path are 404 when unknown; a body that fails its rules is 422 before anything changes.
 *
 * <p>The create and update answers are the record, 201 and 200; a delete is 204.
 */
final class RecordRoutes<T> {

  /**
   * Reads and validates a create or update body (throwing the 422), and returns how to make the record
   * from it: with the id the store gives it, and the record it replaces (null on create).
   */
  @FunctionalInterface
  interface Input<T> {
    Maker<T> read(BodyReader body);
  }

  /** Makes a record from a body already read. */
  @FunctionalInterface
  interface Maker<T> {
    T make(long id, T replaced);
  }

  private final Records<T> records;
  private final String model;
  private final String idParameter;
  private final Function<T, JsonObject> view;
  private final Input<T> input;
  private final Input<T> updateInput;
  private final BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> paging;
  private final BiPredicate<T, ApiRequest> filter;
  private final LongPredicate delete;
  private final boolean readable;
  private final boolean writable;
  private final Parent<T> parent;

  private RecordRoutes(Builder<T> b) {
    this.records = b.records;
    this.model = b.model;
    this.idParameter = b.idParameter;
    this.view = b.view;
    this.input = b.input;
    this.updateInput = b.updateInput != null ? b.updateInput : b.input;
    this.paging = b.paging;
    this.filter = b.filter;
    this.delete = b.delete;
    this.readable = b.readable;
    this.writable = b.writable;
    this.parent = b.parent;
  }

  /** The record a nested resource's records belong to, named in its path (a help center's articles). */
  private record Parent<T>(String idParameter, String model, LongFunction<Optional<?>> lookup, ToLongFunction<T> of) {

    /** The parent's id in the path; 404 when there is no such parent. */
    long id(ApiRequest request) {
      return request.pathId(idParameter, model, lookup);
    }
  }

  /** Routes for {@code records}, called {@code model} in 404s, its id in the path parameter {@code idParameter}. */
  static <T> Builder<T> of(Records<T> records, String model, String idParameter) {
    return new Builder<>(records, model, idParameter);
  }

  /** GET: the records that pass the filter, by id, paged. */
  ApiResponse list(ApiRequest request) {
    BiPredicate<T, ApiRequest> shownHere = parent == null ? filter : inParent(request).and(filter);
    List<JsonObject> shown = records.all().stream().filter(r -> shownHere.test(r, request)).map(view).toList();
    return ApiResponse.ok(paging.apply(shown, request));
  }

  /** GET by id. */
  ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(view.apply(find(request)));
  }

  /** POST: a new record from the body, 201. */
  ApiResponse create(ApiRequest request) {
    Maker<T> maker = input.read(new BodyReader(request.jsonBody()));
    return ApiResponse.created(view.apply(records.add(id -> maker.make(id, null))));
  }

  /** PUT: the record replaced by what the body makes of it (404 before 422), 200. */
  ApiResponse update(ApiRequest request) {
    T existing = find(request);
    T updated = updateInput.read(new BodyReader(request.jsonBody())).make(records.idOf(existing), existing);
    records.put(updated);
    return ApiResponse.ok(view.apply(updated));
  }

  /** DELETE: the record and what depends on it are gone, 204. */
  ApiResponse delete(ApiRequest request) {
    delete.test(records.idOf(find(request)));
    return ApiResponse.noContent();
  }

  /** The record whose id is in the path (and in its parent's, for a nested resource); 404 when there is none. */
  T find(ApiRequest request) {
    if (parent == null) {
      return request.pathModel(idParameter, model, records::get);
    }
    BiPredicate<T, ApiRequest> here = inParent(request);
    return request.pathModel(idParameter, model, id -> records.get(id).filter(r -> here.test(r, request)));
  }

  private BiPredicate<T, ApiRequest> inParent(ApiRequest request) {
    long parentId = parent.id(request);
    return (record, r) -> parent.of().applyAsLong(record) == parentId;
  }

  /**
   * Adds this resource's routes: list and create on {@code collection}, get (unless {@link
   * Builder#withoutGet()}), update and delete on {@code collection/{id}}.
   */
  Router addTo(Router router, String collection) {
    String item = collection + "/{" + idParameter + "}";
    router.add("GET", collection, this::list);
    if (readable) {
      router.add("GET", item, this::get);
    }
    if (writable) {
      router.add("POST", collection, this::create).add("PUT", item, this::update).add("DELETE", item, this::delete);
    }
    return router;
  }

  /** Collects what differs between resources. */
  static final class Builder<T> {
    private final Records<T> records;
    private final String model;
    private final String idParameter;
    private Function<T, JsonObject> view;
    private Input<T> input;
    private Input<T> updateInput;
    private BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> paging = Pagination::lengthAware;
    private BiPredicate<T, ApiRequest> filter = (record, request) -> true;
    private LongPredicate delete;
    private boolean readable = true;
    private boolean writable = true;
    private Parent<T> parent;

    private Builder(Records<T> records, String model, String idParameter) {
      this.records = records;
      this.model = model;
      this.idParameter = idParameter;
      this.delete = records::remove;
    }

    /** How a record is shown. Required. */
    Builder<T> view(Function<T, JsonObject> view) {
      this.view = view;
      return this;
    }

    /** How a create or update body is read. Required. */
    Builder<T> input(Input<T> input) {
      this.input = input;
      return this;
    }

    /** How an update body is read, when its rules are not the create's (nothing required, say). */
    Builder<T> updateInput(Input<T> updateInput) {
      this.updateInput = updateInput;
      return this;
    }

    /** How the list is paged; Laravel's full form, 25 a page, by default. */
    Builder<T> paging(BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> paging) {
      this.paging = paging;
      return this;
    }

    /** Which records a list request shows; all by default. */
    Builder<T> filter(BiPredicate<T, ApiRequest> filter) {
      this.filter = filter;
      return this;
    }

    /** How a record is deleted, with what depends on it; only the record by default. */
    Builder<T> delete(LongPredicate delete) {
      this.delete = delete;
      return this;
    }

    /** No route reads one record: the contract has none (quick replies). */
    Builder<T> withoutGet() {
      this.readable = false;
      return this;
    }

    /** Only the list and the get: the contract has no write (a help center's contents). */
    Builder<T> readOnly() {
      this.writable = false;
      return this;
    }

    /**
     * Records that belong to a parent named in the path by {@code idParameter}: listed and found only
     * under it, 404 under another or under a parent {@code lookup} does not know.
     */
    Builder<T> within(String idParameter, String model, LongFunction<Optional<?>> lookup, ToLongFunction<T> of) {
      this.parent = new Parent<>(idParameter, model, lookup, of);
      return this;
    }

    RecordRoutes<T> build() {
      Objects.requireNonNull(view, "view");
      if (writable) {
        Objects.requireNonNull(input, "input");
      }
      return new RecordRoutes<>(this);
    }
  }
}
