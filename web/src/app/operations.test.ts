// @vitest-environment node
// Every GraphQL operation the portal sends must be valid against the schema the API serves
// (../api/schema.graphql): renaming or removing a field there fails here before it fails in a browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  NoUnusedFragmentsRule,
  type SelectionSetNode,
  specifiedRules,
  getNamedType,
  isObjectType,
  Kind,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const schemaPath = fileURLToPath(new URL('../../../api/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

const modules = import.meta.glob<Record<string, unknown>>(['../features/*/graphql/**/*.ts', '../shared/graphql/*.ts'], { eager: true });

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

const documents = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isDocument(value))
    .map(([name, value]) => ({ file, name, document: value as DocumentNode })),
);
const hasOperation = (d: DocumentNode) => d.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION);
const operations = documents.filter((d) => hasOperation(d.document));
/** Shared selections (`*.fragment.ts`), spread into operations. */
const fragments = documents.filter((d) => !hasOperation(d.document));

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** Whether a selection selects `id`, directly or through the fragments it spreads. */
function selectsId(set: SelectionSetNode, fragmentMap: Map<string, FragmentDefinitionNode>): boolean {
  return set.selections.some((s) =>
    s.kind === Kind.FIELD ? s.name.value === 'id'
      : s.kind === Kind.FRAGMENT_SPREAD ? !!fragmentMap.get(s.name.value) && selectsId(fragmentMap.get(s.name.value)!.selectionSet, fragmentMap)
        : selectsId(s.selectionSet, fragmentMap));
}

/** Paths of object selections that leave out `id` although the type has one (the cache needs it). */
function selectionsWithoutId(document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const fragmentMap = fragmentsOf(document);
  const missing: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        const named = type && getNamedType(type);
        if (!node.selectionSet || !named || !isObjectType(named) || !named.getFields().id) return;
        if (!selectsId(node.selectionSet, fragmentMap)) missing.push(`${node.name.value}: ${named.name}`);
      },
    }),
  );
  return missing;
}

describe('GraphQL operations', () => {
  it('finds the operations of every feature', () => {
    expect(operations.length).toBeGreaterThanOrEqual(8);
  });

  it('has a generated document for every operation (else run `pnpm --filter @chorus/web codegen`)', () => {
    const stale = Object.entries(modules).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => !isDocument(value))
        .map(([name]) => `${file} ${name}`),
    );
    expect(stale).toEqual([]);
  });

  it.each(operations.map((op) => [`${op.file} ${op.name}`, op] as const))('%s is valid against the schema', (_label, op) => {
    const errors = validate(schema, op.document);
    expect(errors.map((e) => e.message), print(op.document)).toEqual([]);
  });

  it.each(operations.map((op) => [`${op.file} ${op.name}`, op] as const))('%s is one named operation', (_label, op) => {
    const definitions = op.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(definitions).toHaveLength(1);
    const [definition] = definitions;
    expect(definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value).toBeTruthy();
    // The export is named after the operation: FeedbackList → FeedbackListQuery.
    const suffix = definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation' ? 'Mutation' : 'Query';
    expect(op.name).toBe(`${definition.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : ''}${suffix}`);
  });

  it.each(operations.map((op) => [`${op.file} ${op.name}`, op] as const))('%s selects id on every object', (_label, op) => {
    expect(selectionsWithoutId(op.document)).toEqual([]);
  });

  it.each(fragments.map((f) => [`${f.file} ${f.name}`, f] as const))('fragment %s is valid, alone in its file and named after itself', (_label, f) => {
    // a fragment on its own is "unused"; every other rule applies
    const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
    expect(validate(schema, f.document, rules).map((e) => e.message)).toEqual([]);
    // codegen appends the fragments it spreads; each of those is the one fragment of its own file
    const [definition, ...spread] = f.document.definitions as FragmentDefinitionNode[];
    expect(definition.kind).toBe(Kind.FRAGMENT_DEFINITION);
    expect(f.name).toBe(`${definition.name.value}Fragment`);
    const fragmentExports = new Set(fragments.map((other) => other.name));
    expect(spread.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION || !fragmentExports.has(`${d.name.value}Fragment`))).toEqual([]);
  });

  it('has unique operation names', () => {
    const names = operations.map((op) => op.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
