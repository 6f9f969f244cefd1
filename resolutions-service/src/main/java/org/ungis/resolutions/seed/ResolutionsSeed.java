package org.ungis.resolutions.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ungis.resolutions.document.DocumentDetails;
import org.ungis.resolutions.document.DocumentRepository;
import org.ungis.resolutions.document.DocumentService;
import org.ungis.resolutions.document.DocumentType;
import org.ungis.resolutions.document.NewCitation;
import org.ungis.resolutions.document.NewVersion;
import org.ungis.resolutions.event.EventEdition;
import org.ungis.resolutions.mandate.MandateDetails;
import org.ungis.resolutions.mandate.MandateService;
import org.ungis.resolutions.mandate.NewMandate;
import org.ungis.resolutions.matrix.MatrixItemRepository;
import org.ungis.resolutions.matrix.MatrixItemView;
import org.ungis.resolutions.matrix.MatrixService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads what the seed document (seed/resolutions-seed.json, from CWG-WSIS&SDG-43/5) says of
 * resolutions on the first start with an empty database, through the same service code as the
 * API, so it emits change events like any other change. All or nothing, in one transaction;
 * instances starting together take turns on an advisory lock, and the second finds the data.
 * The matrix axes are loaded the same way when the matrix has none.
 */
@ApplicationScoped
public class ResolutionsSeed {
    private static final Logger LOG = Logger.getLogger(ResolutionsSeed.class);
    private static final long SEED_LOCK = 0x7265736f6cL;

    private final DocumentRepository documentRepository;
    private final DocumentService documents;
    private final MandateService mandates;
    private final MatrixItemRepository matrixItems;
    private final MatrixService matrix;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final boolean enabled;

    public ResolutionsSeed(DocumentRepository documentRepository, DocumentService documents, MandateService mandates,
            MatrixItemRepository matrixItems, MatrixService matrix, EntityManager entityManager,
            ObjectMapper objectMapper,
            @ConfigProperty(name = "ungis.resolutions.seed.enabled", defaultValue = "true") boolean enabled) {
        this.documentRepository = documentRepository;
        this.documents = documents;
        this.mandates = mandates;
        this.matrixItems = matrixItems;
        this.matrix = matrix;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::seedIfEmpty);
        }
    }

    private void seedIfEmpty() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SEED_LOCK).getSingleResult();
        Seed seed = read();
        if (matrixItems.count() == 0) {
            seed.matrixItems().forEach(matrix::addItem);
            LOG.infof("seeded %d matrix items", seed.matrixItems().size());
        }
        if (documentRepository.count() > 0) {
            return;
        }
        Map<String, String> ids = new HashMap<>();
        for (SeedDocument document : seed.documents()) {
            String id = documents.create(new DocumentDetails(document.symbol(), document.title(), document.issuingBody(),
                    document.documentType(), document.adoptedOn(), document.number(), document.session())).id().toString();
            ids.put(document.key(), id);
            for (NewVersion version : document.versionsOrEmpty()) {
                documents.addVersion(id, OptionalLong.empty(), version);
            }
        }
        for (SeedReference reference : seed.references()) {
            documents.cite(ids.get(reference.from()), new NewCitation(ids.get(reference.to()), reference.note()));
        }
        for (SeedMandate mandate : seed.mandates()) {
            mandates.create(new NewMandate(ids.get(mandate.document()), mandate.paragraph(), new MandateDetails(
                    mandate.taskedBody(), mandate.deliverable(), mandate.dueOn(), mandate.dueEvent(), mandate.dueEventEdition(), null, null)));
        }
        LOG.infof("seeded %d documents, %d references and %d mandates", seed.documents().size(),
                seed.references().size(), seed.mandates().size());
    }

    private Seed read() {
        try (InputStream in = ResolutionsSeed.class.getResourceAsStream("/seed/resolutions-seed.json")) {
            return objectMapper.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resolutions seed", e);
        }
    }

    record Seed(String source, List<SeedDocument> documents, List<SeedReference> references,
            List<SeedMandate> mandates, List<MatrixItemView> matrixItems) {
    }

    record SeedDocument(String key, String symbol, String title, String issuingBody, DocumentType documentType,
            LocalDate adoptedOn, String number, String session, List<NewVersion> versions) {

        List<NewVersion> versionsOrEmpty() {
            return versions == null ? List.of() : versions;
        }
    }

    record SeedReference(String from, String to, String note) {
    }

    record SeedMandate(String document, String paragraph, String taskedBody, String deliverable, LocalDate dueOn,
            String dueEvent, EventEdition dueEventEdition) {
    }
}
