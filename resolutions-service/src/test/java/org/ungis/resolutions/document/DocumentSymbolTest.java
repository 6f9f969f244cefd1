package org.ungis.resolutions.document;

import org.ungis.changeevents.resolutions.DocumentSymbolKey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSymbolTest {

    @Test
    void makesCaseSpacesAndDashVariantsOneKey() {
        assertThat(DocumentSymbolKey.of(" a/res/70/125 ")).isEqualTo("A/RES/70/125");
        assertThat(DocumentSymbolKey.of("E/2025/31\u2013E/CN.16/2025/4"))
                .isEqualTo(DocumentSymbolKey.of("e/2025/31 - e/cn.16/2025/4"))
                .isEqualTo("E/2025/31-E/CN.16/2025/4");
    }
}
