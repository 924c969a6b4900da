package dev.yakusoku.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A machine client's API key, as it came with the request, to be checked against the digests. */
public class ApiKeyRequest extends BaseAuthenticationRequest {
  private final String key;

  public ApiKeyRequest(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
