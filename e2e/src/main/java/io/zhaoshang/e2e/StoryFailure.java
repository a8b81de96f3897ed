package io.zhaoshang.e2e;

/** A step of the story whose effect is not what the owning service should show. */
public final class StoryFailure extends AssertionError {

    StoryFailure(String message) {
        super(message);
    }
}
