package com.trengo.sandbox.internal;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.SpecViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Validates every exchange against the contract and journals it, before the response is written: by the
 * time a client has its response, any violation it caused is already recorded, so an assertion right
 * after the call sees it. Applies to every stub, including ones a test adds on top of the sandbox's.
 */
public final class ValidatingListener implements ServeEventListener {

  private final SpecValidator validator;
  private final ExchangeJournal journal;
  private final Consumer<SpecViolation> onViolation;

  /** Validates with {@code validator}, records in {@code journal} and tells {@code onViolation} at once. */
  public ValidatingListener(
      SpecValidator validator, ExchangeJournal journal, Consumer<SpecViolation> onViolation) {
    this.validator = validator;
    this.journal = journal;
    this.onViolation = onViolation;
  }

  @Override
  public String getName() {
    return "trengo-sandbox-validation";
  }

  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    LoggedRequest request = serveEvent.getRequest();
    LoggedResponse response = serveEvent.getResponse();
    Optional<FaultType> fault = injectedFault(serveEvent);
    boolean reset = response.getFault() != null;
    List<SpecViolation> found = new ArrayList<>();
    try {
      found.addAll(validator.validateRequest(request));
      // A reset has no response, and a faulted answer (a cut or HTML body, a gateway's page, a redirect)
      // is off the contract on purpose: neither is the sandbox's bug. A delayed answer is the real one.
      if (!reset && fault.filter(f -> f != FaultType.DELAY && f != FaultType.SERVER_ERROR).isEmpty()) {
        found.addAll(validator.validateResponse(request, response));
      }
    } catch (RuntimeException e) {
      found.add(
          new SpecViolation(
              SpecViolation.Direction.REQUEST,
              request.getMethod().getName(),
              request.getUrl(),
              "sandbox.validator.failed",
              "The validator failed on this exchange: " + e));
    }
    journal.record(
        new ReceivedRequest(
            request.getMethod().getName(),
            request.getUrl(),
            request.getBodyAsString() == null ? "" : request.getBodyAsString(),
            reset ? 0 : response.getStatus(),
            fault),
        found);
    found.forEach(onViolation);
  }

  private static Optional<FaultType> injectedFault(ServeEvent serveEvent) {
    return serveEvent.getSubEvents().stream()
        .filter(e -> SandboxTransformer.FAULT_EVENT.equals(e.getType()))
        .map(SubEvent::getData)
        .map(data -> FaultType.valueOf(String.valueOf(data.get("type"))))
        .findFirst();
  }
}
