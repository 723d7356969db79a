/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query CustomerFeedback($customerId: ID!, $first: Int) {\n    feedback(filter: { customerIds: [$customerId] }, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          sentiment\n        }\n      }\n    }\n  }\n": typeof types.CustomerFeedbackDocument,
    "\n  query CustomerSearch($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      segment\n      region\n    }\n  }\n": typeof types.CustomerSearchDocument,
    "\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n": typeof types.FeedbackFilterOptionsDocument,
    "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n": typeof types.FeedbackItemDocument,
    "\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedbackListDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query CustomerFeedback($customerId: ID!, $first: Int) {\n    feedback(filter: { customerIds: [$customerId] }, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          sentiment\n        }\n      }\n    }\n  }\n": types.CustomerFeedbackDocument,
    "\n  query CustomerSearch($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      segment\n      region\n    }\n  }\n": types.CustomerSearchDocument,
    "\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n": types.FeedbackFilterOptionsDocument,
    "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n": types.FeedbackItemDocument,
    "\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FeedbackListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFeedback($customerId: ID!, $first: Int) {\n    feedback(filter: { customerIds: [$customerId] }, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          sentiment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerFeedback($customerId: ID!, $first: Int) {\n    feedback(filter: { customerIds: [$customerId] }, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          sentiment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSearch($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      segment\n      region\n    }\n  }\n"): (typeof documents)["\n  query CustomerSearch($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      segment\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n"): (typeof documents)["\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;