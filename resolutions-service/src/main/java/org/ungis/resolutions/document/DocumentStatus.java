package org.ungis.resolutions.document;

public enum DocumentStatus {
    ADOPTED, WITHDRAWN
}
