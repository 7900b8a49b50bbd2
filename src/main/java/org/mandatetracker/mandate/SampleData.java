package org.mandatetracker.mandate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The embedded demo imports real resolutions at first start (when nothing has been imported yet),
 * so a newcomer sees mandates, processes and tasks at once. Off outside the demo configuration.
 */
@Component
class SampleData {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);
    static final String IMPORTER = "sample-data";

    private final MandateTrackerProperties properties;
    private final ImportService imports;

    SampleData(MandateTrackerProperties properties, ImportService imports) {
        this.properties = properties;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importSamplesAtFirstStart() throws IOException {
        if (!properties.sampleData()) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                IMPORTER, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            if (imports.countDocuments() > 0) {
                return;
            }
            for (Resource sample : new PathMatchingResourcePatternResolver().getResources("classpath:/samples/*")) {
                importSample(sample);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void importSample(Resource sample) throws IOException {
        try (InputStream content = sample.getInputStream()) {
            ImportResult result = imports.importDocument(sample.getFilename(), "text/plain", content.readAllBytes(), null);
            log.info("Imported sample {} ({} mandates)", result.symbol(), result.mandates().size());
        } catch (ImportRejectedException | DuplicateDocumentException skipped) {
            log.warn("Sample {} not imported: {}", sample.getFilename(), skipped.getMessage());
        }
    }
}
