package io.zhaoshang.platform.event;

/** An event no retry can ever handle (missing headers, data that does not parse); it goes straight to the dead letters. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
