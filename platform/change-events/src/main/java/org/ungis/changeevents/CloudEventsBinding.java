package org.ungis.changeevents;

/**
 * How change events are laid out on Kafka: CloudEvents 1.0, binary content mode. The attributes
 * travel as {@code ce_*} headers, the record key is the aggregate id (also {@code ce_subject}),
 * and the record value is the JSON payload.
 */
public final class CloudEventsBinding {
    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";

    /** Headers a consumer adds when it parks a record on the dead-letter topic. */
    public static final String HEADER_DEAD_LETTER_REASON = "ungis_dlt_reason";
    public static final String HEADER_DEAD_LETTER_CONSUMER = "ungis_dlt_consumer";

    private CloudEventsBinding() {
    }
}
