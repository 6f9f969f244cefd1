// The peer gateway for `bench/run gateway`: GraphQL Mesh composes the three services' OpenAPI
// documents into a supergraph, which Hive Gateway serves. Cross-service fields are added with
// @resolveTo over the same batch endpoints the UNGIS gateway uses, keyed per organization.
import { defineConfig, createPrefixTransform } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const url = (port: string | undefined, fallback: number) => `http://127.0.0.1:${port ?? fallback}`;
const membership = url(process.env.MEMBERSHIP_PORT, 8081);
const resolutions = url(process.env.RESOLUTIONS_PORT, 8082);
const events = url(process.env.EVENTS_PORT, 8083);
// the services answer JSON; what omnigraph asks for by default (every documented type) gets 406
const json = { accept: 'application/json' };

export const composeConfig = defineConfig({
  subgraphs: [
    { sourceHandler: loadOpenAPISubgraph('membership', { source: `${membership}/q/openapi?format=json`, endpoint: membership, operationHeaders: json }) },
    {
      sourceHandler: loadOpenAPISubgraph('resolutions', { source: `${resolutions}/q/openapi?format=json`, endpoint: resolutions, operationHeaders: json }),
      transforms: [createPrefixTransform({ value: 'Resolutions_', includeRootOperations: true })],
    },
    {
      sourceHandler: loadOpenAPISubgraph('events', { source: `${events}/q/openapi?format=json`, endpoint: events, operationHeaders: json }),
      transforms: [createPrefixTransform({ value: 'Events_', includeRootOperations: true })],
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    extend type Organization {
      postHistory: [Post] @resolveTo(sourceName: "membership", sourceTypeName: "Query", sourceFieldName: "posts",
        requiredSelectionSet: "{ id }", sourceArgs: { holders: "{root.id}" })
      events: [Events_OrganizationEvents] @resolveTo(sourceName: "events", sourceTypeName: "Query",
        sourceFieldName: "Events_organizations_events", requiredSelectionSet: "{ id }", sourceArgs: { ids: "{root.id}" })
      mentionedIn: [Resolutions_OrganizationMentions] @resolveTo(sourceName: "resolutions", sourceTypeName: "Query",
        sourceFieldName: "Resolutions_mentions", requiredSelectionSet: "{ id }", sourceArgs: { organizations: "{root.id}" })
    }
  `,
});
