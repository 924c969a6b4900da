package dev.yakusoku.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method whose commit acknowledges something to a client (an accepted event, a directory change,
 * a person's act): once it returns, what it committed is on disk ({@link DiskSync}). Placed outside
 * the method's transaction, so the sync follows the commit.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Durable {}
