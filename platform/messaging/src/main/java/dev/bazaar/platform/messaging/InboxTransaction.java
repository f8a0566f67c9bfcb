package dev.bazaar.platform.messaging;

import dev.bazaar.platform.data.Inbox;
import dev.bazaar.platform.events.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** One attempt at one message: claim it in the inbox and run the handler, in one new transaction. */
@ApplicationScoped
public class InboxTransaction {

    private final Inbox inbox;

    @Inject
    InboxTransaction(Inbox inbox) {
        this.inbox = inbox;
    }

    /** @return true when the handler ran, false when the message had been handled before */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean handleOnce(String consumer, InboundEvent event, EventHandler handler) throws Exception {
        if (!inbox.claim(consumer, event.messageId(), event.topic())) {
            return false;
        }
        handler.handle(event);
        return true;
    }
}
