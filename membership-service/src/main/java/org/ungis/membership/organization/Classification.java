package org.ungis.membership.organization;

/** How the UN system classifies an organization. */
public enum Classification {
    SPECIALIZED_AGENCY,
    FUND_OR_PROGRAMME,
    DEPARTMENT_OR_OFFICE,
    REGIONAL_COMMISSION,
    RELATED_ORGANIZATION,
    OTHER
}
