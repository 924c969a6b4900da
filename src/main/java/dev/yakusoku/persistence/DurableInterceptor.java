package dev.yakusoku.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Forces the store to disk after a {@link Durable} method has committed and returned. */
@Durable
@Interceptor
// before the transaction interceptors (PLATFORM_BEFORE + 200), so it wraps their commit
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DurableInterceptor {
  private final DiskSync disk;

  public DurableInterceptor(DiskSync disk) {
    this.disk = disk;
  }

  @AroundInvoke
  Object syncAfterCommit(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    disk.sync();
    return result;
  }
}
