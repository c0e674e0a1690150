package com.trengo.client.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operationIds of the contract that a contract test exercises through {@code TrengoClient}.
 * {@link OperationCoverageTest} reads it to find operations without a test, and {@link ContractClient}
 * checks after the test that each named operation really reached the sandbox.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {

  /** operationIds as the spec spells them, e.g. {@code "createContact"}. */
  String[] value();
}
