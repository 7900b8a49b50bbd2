package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.mandate.internal.DocumentParagraphRepository;
import org.mandatetracker.mandate.internal.ImportedDocumentRepository;
import org.mandatetracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/** At most the configured number of extractions run at once; an import that waits too long is told to retry. */
class ExtractionSlotsTest {

    private static final byte[] RESOLUTION = TestResolutions.seed000As("S/RES/2553 (2020)").getBytes(StandardCharsets.UTF_8);

    @Test
    void anExtractionThatFindsEverySlotBusyIsRefusedAndTheSlotIsFreeAgainAfterwards() throws Exception {
        CountDownLatch firstIsExtracting = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        // extraction looks for entities inside the slot: the first holds it there until the test lets go
        EntityCatalog registry = spy(EntityCatalog.builtIn());
        doAnswer(call -> {
            firstIsExtracting.countDown();
            letFirstFinish.await(10, TimeUnit.SECONDS);
            return call.callRealMethod();
        }).doCallRealMethod().when(registry).mentions(anyString());
        EntityService entities = mock(EntityService.class);
        when(entities.catalog()).thenReturn(registry);
        ImportService imports = new ImportService(mock(ImportedDocumentRepository.class),
                mock(DocumentParagraphRepository.class), mock(MandateService.class), entities, mock(RenewalProposals.class),
                mock(CurrentUser.class),
                new MandateTrackerProperties(false, false, DataSize.ofMegabytes(5), DataSize.ofMegabytes(1), 1,
                        Duration.ofMillis(200), URI.create("http://localhost:8080")), mock(ApplicationEventPublisher.class),
                mock(PlatformTransactionManager.class));

        CompletableFuture<ImportResult> first = CompletableFuture.supplyAsync(() -> imports.dryRun("a.txt", RESOLUTION));
        assertThat(firstIsExtracting.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> imports.dryRun("b.txt", RESOLUTION)).isInstanceOf(ImportBusyException.class);
        letFirstFinish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).symbol()).isEqualTo("S/RES/2553 (2020)");
        assertThat(imports.dryRun("c.txt", RESOLUTION).symbol()).isEqualTo("S/RES/2553 (2020)");
    }
}
