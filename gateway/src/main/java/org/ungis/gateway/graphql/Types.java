package org.ungis.gateway.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The types of the dashboard schema, read from the services' JSON answers as they are. Fields that
 * cross into another service (an organization's events, an event's participants...) are not here:
 * they are batch resolvers in {@link DashboardApi}.
 */
public final class Types {
    private Types() {
    }

    @Type("Organization")
    @Description("An organization of the UN system as UNGIS knows it. Renamed organizations keep their id; former acronyms and names stay as aliases and still resolve.")
    public record Organization(
            @Id @Description("Stable id; never changes, also when the organization is renamed.") String id,
            @Description("Current acronym, e.g. ITU.") String acronym,
            @Description("Current name.") String name,
            @Description("Kind of organization, e.g. SPECIALIZED_AGENCY.") String classification,
            @Description("Website, when known.") String website,
            @Description("Former acronyms and names, and other names it is known by.") List<Alias> aliases,
            @Description("MEMBER or OBSERVER on the asOf date (today by default); null when not taking part then.") String status,
            @Description("Every period of participation in UNGIS, oldest first.") List<ParticipationPeriod> participation,
            @Description("Posts held on the asOf date (today by default); comes with the organization, no further call. For every term past and future, see postHistory.") List<Post> posts,
            @Description("When it last changed.") Instant updatedAt,
            @Description("Increases with every change.") long version) {
    }

    @Type("Alias")
    @Description("A former acronym or name, or another name an organization is known by.")
    public record Alias(@Description("The name, e.g. UNWTO.") String value,
            @Description("FORMER_ACRONYM, FORMER_NAME or OTHER_NAME.") String kind) {
    }

    @Type("ParticipationPeriod")
    @Description("A period in which an organization took part in UNGIS.")
    public record ParticipationPeriod(@Description("MEMBER or OBSERVER.") String status,
            @Description("First day; null when not recorded.") LocalDate since,
            @Description("Day it ended (exclusive); null while ongoing.") LocalDate until) {
    }

    @Type("Post")
    @Description("An organization's term in a UNGIS post: Chair, Vice-Chair or Secretariat.")
    public record Post(
            @Id @Description("The term's id.") String id,
            @Description("CHAIR, VICE_CHAIR or SECRETARIAT.") String kind,
            @Description("The holder's organization id.") String holderId,
            @Description("The holder's acronym.") String holderAcronym,
            @Description("First day of the term.") LocalDate termStart,
            @Description("Last day of the term; null for a permanent post.") LocalDate termEnd,
            @Description("How precisely the term's dates are known: DAY, MONTH or YEAR.") String precision,
            @Description("The group the holder represents, e.g. UN Regional Commissions.") String onBehalfOf,
            @Description("Whether the post is permanent (ITU's secretariat).") boolean permanent) {
    }

    @Type("PageInfo")
    @Description("Where a page ends: pass endCursor as after for the next page.")
    public record PageInfo(@Description("Whether more items follow.") boolean hasNextPage,
            @Description("The cursor after the last item of this page; null on the last page.") String endCursor) {
    }

    @Type("OrganizationConnection")
    @Description("A page of organizations.")
    public record OrganizationConnection(@Description("The organizations of this page.") List<Organization> nodes,
            @Description("How to get the next page.") PageInfo pageInfo) {
    }

    @Type("OrganizationRef")
    @Description("An organization named by another service, with its acronym (and name) as last known there.")
    public record OrganizationRef(@Description("Organization id.") String id,
            @Description("Acronym.") String acronym,
            @Description("Name, when known.") String name) {
    }

    @Type("DocumentSummary")
    @Description("Enough of a document to name and link it.")
    public record DocumentSummary(@Id @Description("Document id.") String id,
            @Description("UN document symbol, e.g. A/RES/70/125.") String symbol,
            @Description("The issuing body's own number, for documents without a symbol.") String number,
            @Description("Title.") String title,
            @Description("Issuing body, e.g. ECOSOC.") String issuingBody,
            @Description("RESOLUTION, DECISION, REPORT, OUTCOME_DOCUMENT, ROADMAP or OTHER.") String documentType) {
    }

    @Type("DocumentVersion")
    @Description("One text of a document.")
    public record DocumentVersion(@Description("Version number, 1 for the first text.") int number,
            @Description("Revision label, e.g. Rev. Bucharest, 2022.") String label,
            @Description("Date this text was adopted.") LocalDate adoptedOn,
            @Description("Number of paragraphs.") int paragraphCount) {
    }

    @Type("Document")
    @Description("A resolution, decision, report or outcome document, with its text versions.")
    public record Document(@Id @Description("Stable id.") String id,
            @Description("UN document symbol, when it has one.") String symbol,
            @Description("The issuing body's own number, for documents without a UN symbol.") String number,
            @Description("Title.") String title,
            @Description("Issuing body.") String issuingBody,
            @Description("RESOLUTION, DECISION, REPORT, OUTCOME_DOCUMENT, ROADMAP or OTHER.") String documentType,
            @Description("Date adopted.") LocalDate adoptedOn,
            @Description("Session, e.g. twenty-eighth session.") String session,
            @Description("ADOPTED or WITHDRAWN.") String status,
            @Description("Every text version, oldest first.") List<DocumentVersion> versions,
            @Description("The latest text version; null while the document has no text.") DocumentVersion text,
            @Description("When it last changed.") Instant updatedAt,
            @Description("Increases with every change.") long version) {
    }

    @Type("DocumentConnection")
    @Description("A page of documents.")
    public record DocumentConnection(@Description("The documents of this page.") List<Document> nodes,
            @Description("How to get the next page.") PageInfo pageInfo) {
    }

    @Type("Paragraph")
    @Description("A paragraph as printed, with its stable address and the organizations it mentions.")
    public record Paragraph(@Description("Document symbol (or id) and anchor, e.g. E/RES/2025/1#para_133.") String address,
            @Description("Anchor, e.g. para_133.") String anchor,
            @Description("PREAMBULAR or OPERATIVE.") String kind,
            @Description("Number as printed; null for unnumbered paragraphs.") String number,
            @Description("The paragraph's text.") String text,
            @Description("Organizations the paragraph names.") List<Mention> mentions) {
    }

    @Type("Mention")
    @Description("An organization a paragraph names, by the name found.")
    public record Mention(@Description("Organization id.") String organizationId,
            @Description("Its acronym as known to resolutions-service.") String acronym,
            @Description("The name found in the text.") String matched) {
    }

    @Type("MentioningParagraph")
    @Description("A paragraph of a document's latest text that names an organization.")
    public record MentioningParagraph(@Description("The document.") DocumentSummary document,
            @Description("Address, e.g. E/RES/2025/1#para_133.") String address,
            @Description("Anchor, e.g. para_133.") String anchor,
            @Description("PREAMBULAR or OPERATIVE.") String kind,
            @Description("Number as printed.") String number,
            @Description("The paragraph's text.") String text,
            @Description("The name found in the text.") String matched) {
    }

    @Type("SearchHit")
    @Description("A paragraph that matches a full-text search, best first.")
    public record SearchHit(@Description("The document.") DocumentSummary document,
            @Description("Paragraph address.") String address,
            @Description("PREAMBULAR or OPERATIVE.") String kind,
            @Description("Number as printed.") String number,
            @Description("Relevance; higher is better, comparable within one search.") double rank,
            @Description("Best passages, matches between <mark> and </mark>.") String snippet) {
    }

    @Type("Mandate")
    @Description("A paragraph that tasks a body with a deliverable, due by a date or an event.")
    public record Mandate(@Id @Description("Mandate id.") String id,
            @Description("The document the paragraph belongs to.") DocumentSummary document,
            @Description("Paragraph address, e.g. E/RES/2025/1#para_133.") String paragraphAddress,
            @Description("The paragraph's text in the latest version.") String paragraphText,
            @Description("The body tasked, e.g. UNGIS.") String taskedBody,
            @Description("What is to be delivered.") String deliverable,
            @Description("Due date, when there is one.") LocalDate dueOn,
            @JsonProperty("dueEvent") @Name("dueEventText")
            @Description("The event it is due at, in the paragraph's words, e.g. Twenty-ninth session of the Commission on Science and Technology for Development.") String dueEventText,
            @Description("That event by series and edition, when given; see dueEvent for the event itself.") EventEdition dueEventEdition,
            @Description("That event's id, once events-service has announced such an event.") String dueEventId,
            @Description("OPEN, DELIVERED, or OVERDUE.") String status,
            @Description("Date delivered.") LocalDate deliveredOn,
            @Description("When it last changed.") Instant updatedAt,
            @Description("Increases with every change.") long version) {
    }

    @Type("EventEdition")
    @Description("An event named by its series and edition, as events-service records them.")
    public record EventEdition(@Description("Series, e.g. CSTD.") String series,
            @Description("Edition, e.g. 29.") String edition) {
    }

    @Type("MandateConnection")
    @Description("A page of mandates.")
    public record MandateConnection(@Description("The mandates of this page.") List<Mandate> nodes,
            @Description("How to get the next page.") PageInfo pageInfo) {
    }

    @Type("MatrixItem")
    @Description("An entry of the WSIS-SDG-GDC matrix's axes: action line, SDG, GDC objective or commitment.")
    public record MatrixItem(@Description("Code, e.g. C7.e-health.") String code,
            @Description("ACTION_LINE, SDG, GDC_OBJECTIVE or GDC_COMMITMENT.") String axis,
            @Description("Title.") String title,
            @Description("The action line of a sub-line, the objective of a commitment.") String parent) {
    }

    @Type("MatrixRow")
    @Description("A GDC objective or commitment mapped to action lines, SDGs, organizations and mechanisms.")
    public record MatrixRow(@Id @Description("Row id.") String id,
            @Description("The GDC objective or commitment.") MatrixItem gdc,
            @Description("WSIS action lines.") List<MatrixItem> actionLines,
            @Description("Sustainable Development Goals.") List<MatrixItem> sdgs,
            @JsonProperty("organizations") @Name("organizationRefs")
            @Description("The organizations carrying the row, as named by resolutions-service; see organizations for the full records.") List<OrganizationRef> organizationRefs,
            @Description("Mechanisms, e.g. IGF.") List<String> mechanisms,
            @Description("Description.") String description,
            @Description("Increases with every change.") long version) {
    }

    @Type("Location")
    @Description("Where an event takes place; any part may be null when not known.")
    public record Location(@Description("City.") String city,
            @Description("ISO 3166-1 alpha-2 country code.") String countryCode,
            @Description("Venue.") String venue,
            @Description("IN_PERSON, ONLINE or HYBRID.") String mode) {
    }

    @Type("Event")
    @Description("A meeting or forum where UNGIS and its members act.")
    public record Event(@Id @Description("Event id.") String id,
            @Description("Title.") String title,
            @Description("Kind, e.g. IGF, UNGIS_MEETING.") String kind,
            @Description("Series, e.g. IGF.") String series,
            @Description("Edition, e.g. 2025.") String edition,
            @Description("First day.") LocalDate startDate,
            @Description("Last day.") LocalDate endDate,
            @Description("How precisely the dates are known: DAY, MONTH or YEAR.") String datePrecision,
            @Description("The dates as precisely as known, e.g. June 2025.") String when,
            @Description("IANA time zone.") String timeZone,
            @Description("Where it takes place.") Location location,
            @Description("Description.") String description,
            @Description("The event this one takes place during.") String parentId,
            @Description("PLANNED, CONFIRMED, HELD or CANCELLED.") String status,
            @Description("Organizers as named by events-service.") List<OrganizationRef> organizers,
            @JsonProperty("participants") @Name("participantRefs")
            @Description("Participants as named by events-service; see participants for the full records.") List<OrganizationRef> participantRefs,
            @Description("When it last changed.") Instant updatedAt,
            @Description("Increases with every change.") long version) {
    }

    @Type("EventConnection")
    @Description("A page of events.")
    public record EventConnection(@Description("The events of this page.") List<Event> nodes,
            @Description("How to get the next page.") PageInfo pageInfo) {
    }

    @Type("Session")
    @Description("A session or segment of an event; times are local to the event's time zone.")
    public record Session(@Id @Description("Session id.") String id,
            @Description("Title.") String title,
            @Description("Day.") LocalDate date,
            @Description("Start time, e.g. 10:00:00.") String startTime,
            @Description("End time.") String endTime,
            @Description("Organizers.") List<OrganizationRef> organizers,
            @Description("Participants.") List<OrganizationRef> participants,
            @Description("Summary.") String summary) {
    }

    @Type("Outcome")
    @Description("What an event produced or received.")
    public record Outcome(@Id @Description("Outcome id.") String id,
            @Description("DOCUMENT or INPUT.") String kind,
            @Description("Title.") String title,
            @Description("The document symbol as recorded, for a DOCUMENT.") String documentSymbol,
            @JsonProperty("document") @Name("documentRef")
            @Description("The document as events-service knows it; see document for the full record.") DocumentRef documentRef,
            @Description("Summary.") String summary,
            @Description("An input's points, in order.") List<String> points,
            @Description("When it was recorded.") Instant recordedAt) {
    }

    @Type("DocumentRef")
    @Description("A resolutions-service document an outcome names, as events-service knows it.")
    public record DocumentRef(@Description("Document id.") String id,
            @Description("Symbol.") String symbol,
            @Description("Title.") String title) {
    }

    @Type("EventContents")
    @Description("What an event contains: its sessions and outcomes.")
    public record EventContents(@Description("Event id.") String id,
            @Description("Sessions, in order.") List<Session> sessions,
            @Description("Outcomes, in order recorded.") List<Outcome> outcomes) {
    }
}
