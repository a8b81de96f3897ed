package io.zhaoshang.scoring.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What booking looks up (teams, the rulebook in force, closed periods, parks), remembered until the
 * transaction ends: a consumer books a whole poll of events in one transaction, and asking the
 * database the same question for each of them was most of the cost of a fact. Nothing outlives
 * the transaction, so a change committed elsewhere is seen by the next one.
 */
@ApplicationScoped
class Lookups {

    private final TransactionSynchronizationRegistry transactions;

    Lookups(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The answer to the question (a kind and its arguments) given earlier in this transaction, or else loaded now. */
    @SuppressWarnings("unchecked")
    <V> V get(List<?> question, Supplier<V> load) {
        Map<List<?>, Object> answers = answers();
        if (answers.containsKey(question)) {
            return (V) answers.get(question);
        }
        V answer = load.get();
        answers.put(question, answer);
        return answer;
    }

    /** Forgets an answer that the transaction itself changed. */
    void forget(List<?> question) {
        answers().remove(question);
    }

    /** Forgets everything, when the transaction changed what the answers depend on (a new rulebook). */
    void forgetAll() {
        answers().clear();
    }

    @SuppressWarnings("unchecked")
    private Map<List<?>, Object> answers() {
        Map<List<?>, Object> answers = (Map<List<?>, Object>) transactions.getResource(Lookups.class);
        if (answers == null) {
            answers = new HashMap<>();
            transactions.putResource(Lookups.class, answers);
        }
        return answers;
    }
}
