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
    "\n  query ActionAssignees($search: String, $departmentId: ID, $first: Int) {\n    users(search: $search, departmentId: $departmentId, first: $first) {\n      id\n      name\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActionAssigneesDocument,
    "\n  query ActionDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.ActionDepartmentsDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemDetail\n    }\n  }\n": typeof types.ActionItemDocument,
    "\n  fragment ActionItemDetail on ActionItem {\n    ...ActionItemFields\n    description\n    resolvedAt\n    firstResponseHours\n    withinSla\n    feedback {\n      id\n      loopStatus\n      receivedAt\n      text\n    }\n    followUps {\n      id\n      createdAt\n      contactedCustomer\n      channel\n      note\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActionItemDetailFragmentDoc,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    title\n    status\n    priority\n    createdAt\n    dueAt\n    overdue\n    firstResponseAt\n    assignee {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      id\n      npsScore\n      csatScore\n      cesScore\n      customer {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      title\n    }\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": typeof types.ActionItemsDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n      feedback {\n        id\n        loopStatus\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n      idea {\n        id\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": typeof types.CreateActionItemDocument,
    "\n  query FeedbackActionItems($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      loopStatus\n      text\n      department {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n": typeof types.FeedbackActionItemsDocument,
    "\n  query FollowUpQueue($departmentId: ID, $first: Int, $after: String) {\n    followUpQueue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          followUpDueAt\n          channel\n          category\n          text\n          npsScore\n          csatScore\n          cesScore\n          loopStatus\n          department {\n            id\n            name\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpQueueDocument,
    "\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n": typeof types.LogFollowUpDocument,
    "\n  query ResponseTimes($filter: ResponseTimeFilter, $groupBy: ResponseGroup!) {\n    responseTimes(filter: $filter, groupBy: $groupBy) {\n      key\n      label\n      needingFollowUp\n      responded\n      resolved\n      firstResponseMedianHours\n      firstResponseP90Hours\n      firstResponseMedianLowHours\n      firstResponseMedianHighHours\n      resolutionMedianHours\n      resolutionP90Hours\n      resolutionMedianLowHours\n      resolutionMedianHighHours\n      slaDecided\n      withinSla\n      slaAttainment\n      recoveryN\n      recoveryRate\n      notFollowedUpRecoveryN\n      notFollowedUpRecoveryRate\n    }\n  }\n": typeof types.ResponseTimesDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n": typeof types.UpdateActionItemDocument,
    "\n  mutation SetLocale($locale: PortalLocale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query ThemeTrends($filter: FeedbackFilter, $interval: Interval, $first: Int) {\n    themeTrends(filter: $filter, interval: $interval, first: $first) {\n      theme {\n        id\n        name\n      }\n      periodStart\n      current\n      previous\n      currentShare\n      previousShare\n      change\n      significant\n      negativeShare\n    }\n  }\n": typeof types.ThemeTrendsDocument,
    "\n  query Trend($metric: Metric!, $interval: Interval, $filter: FeedbackFilter, $segmentBy: Dimension) {\n    trend(metric: $metric, interval: $interval, filter: $filter, segmentBy: $segmentBy) {\n      segment\n      segmentKey\n      points {\n        periodStart\n        value\n        n\n        low\n        high\n        change\n        significant\n        sufficient\n      }\n    }\n  }\n": typeof types.TrendDocument,
    "\n  mutation CreateFeatureRequest($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      id\n      ...FeatureRequestSummary\n      description\n      createdAt\n    }\n  }\n": typeof types.CreateFeatureRequestDocument,
    "\n  query FeatureRequestExport($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n": typeof types.FeatureRequestExportDocument,
    "\n  query FeatureRequestList($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FeatureRequestSummary\n          demandByQuarter {\n            start\n            feedbackCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeatureRequestListDocument,
    "\n  query FeatureRequestPermissions {\n    viewerCanManageFeatureRequests\n  }\n": typeof types.FeatureRequestPermissionsDocument,
    "\n  fragment FeatureRequestSummary on FeatureRequest {\n    id\n    title\n    status\n    feedbackCount\n    customerCount\n    revenue\n    lastAskedAt\n    product {\n      id\n      name\n    }\n  }\n": typeof types.FeatureRequestSummaryFragmentDoc,
    "\n  mutation ChangeFeatureRequestStatus($id: ID!, $status: FeatureRequestStatus!, $note: String) {\n    setFeatureRequestStatus(id: $id, status: $status, note: $note) {\n      ...FeatureRequestDetail\n    }\n  }\n": typeof types.ChangeFeatureRequestStatusDocument,
    "\n  mutation CreateFeatureRequestFromFeedback($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      ...FeatureRequestSummary\n    }\n  }\n": typeof types.CreateFeatureRequestFromFeedbackDocument,
    "\n  fragment FeatureRequestAskerFields on FeatureRequest {\n    id\n    askers {\n      key\n      feedbackCount\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      latestFeedback {\n        id\n        receivedAt\n        contact {\n          name\n          email\n          phone\n          masked\n        }\n      }\n      followUp {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeatureRequestAskerFieldsFragmentDoc,
    "\n  query FeatureRequestAskers($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n": typeof types.FeatureRequestAskersDocument,
    "\n  fragment FeatureRequestDetail on FeatureRequest {\n    id\n    title\n    description\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    product {\n      id\n      name\n    }\n    feedbackCount\n    customerCount\n    revenue\n    viewerCanManage\n    allowedStatuses\n    merged {\n      id\n      title\n      mergedAt\n    }\n    statusChanges {\n      id\n      from\n      to\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FeatureRequestDetailFragmentDoc,
    "\n  query FeatureRequestLinkedFeedback($id: ID!, $first: Int!, $after: String) {\n    featureRequest(id: $id) {\n      id\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            receivedAt\n            text\n            language\n            npsScore\n            csatScore\n            cesScore\n            customer {\n              id\n              name\n              segment\n              region\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeatureRequestLinkedFeedbackDocument,
    "\n  query FeatureRequestPage($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestDetail\n    }\n  }\n": typeof types.FeatureRequestPageDocument,
    "\n  query FeedbackFeatureRequests($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      category\n      text\n      product {\n        id\n        name\n      }\n      featureRequests {\n        ...FeatureRequestSummary\n      }\n      suggestedFeatureRequests {\n        ...FeatureRequestSummary\n      }\n    }\n    viewerCanManageFeatureRequests\n  }\n": typeof types.FeedbackFeatureRequestsDocument,
    "\n  query FindFeatureRequests($search: String!, $first: Int!) {\n    featureRequests(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n": typeof types.FindFeatureRequestsDocument,
    "\n  mutation LinkFeedbackToRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    linkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n": typeof types.LinkFeedbackToRequestDocument,
    "\n  mutation MergeDuplicateFeatureRequest($sourceId: ID!, $targetId: ID!) {\n    mergeFeatureRequests(sourceId: $sourceId, targetId: $targetId) {\n      ...FeatureRequestDetail\n    }\n  }\n": typeof types.MergeDuplicateFeatureRequestDocument,
    "\n  mutation TellFeatureRequestCustomers($id: ID!) {\n    tellFeatureRequestCustomers(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n": typeof types.TellFeatureRequestCustomersDocument,
    "\n  mutation UnlinkFeedbackFromRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    unlinkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n": typeof types.UnlinkFeedbackFromRequestDocument,
    "\n  query CustomerFeedback($customerId: ID!, $first: Int) {\n    feedback(filter: { customerIds: [$customerId] }, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          sentiment\n        }\n      }\n    }\n  }\n": typeof types.CustomerFeedbackDocument,
    "\n  query CustomerSearch($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      segment\n      region\n    }\n  }\n": typeof types.CustomerSearchDocument,
    "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n": typeof types.FeedbackItemDocument,
    "\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedbackListDocument,
    "\n  mutation CommentOnIdea($id: ID!, $body: String!) {\n    commentOnIdea(id: $id, body: $body) {\n      id\n      commentCount\n    }\n  }\n": typeof types.CommentOnIdeaDocument,
    "\n  mutation EditIdea($input: EditIdeaInput!) {\n    editIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n": typeof types.EditIdeaDocument,
    "\n  mutation EditIdeaComment($id: ID!, $body: String!) {\n    editIdeaComment(id: $id, body: $body) {\n      ...IdeaCommentFields\n    }\n  }\n": typeof types.EditIdeaCommentDocument,
    "\n  fragment EvidenceFeedback on Feedback {\n    id\n    receivedAt\n    channel\n    text\n    npsScore\n    csatScore\n    cesScore\n    customer {\n      id\n      name\n    }\n  }\n": typeof types.EvidenceFeedbackFragmentDoc,
    "\n  query EvidenceLookup($id: ID!) {\n    feedbackItem(id: $id) {\n      ...EvidenceFeedback\n    }\n  }\n": typeof types.EvidenceLookupDocument,
    "\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n": typeof types.HideIdeaDocument,
    "\n  mutation HideIdeaComment($id: ID!, $reason: String!) {\n    hideIdeaComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n": typeof types.HideIdeaCommentDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetail\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    body\n    category\n    status\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    hidden\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.IdeaCardFragmentDoc,
    "\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    bodyHtml\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n": typeof types.IdeaCommentFieldsFragmentDoc,
    "\n  query IdeaComments($id: ID!, $first: Int, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...IdeaCommentFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.IdeaCommentsDocument,
    "\n  query IdeaDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.IdeaDepartmentsDocument,
    "\n  fragment IdeaDetail on Idea {\n    id\n    title\n    body\n    bodyHtml\n    category\n    status\n    statusReason\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    viewerCanChangeStatus\n    viewerCanModerate\n    allowedStatuses\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      ...EvidenceFeedback\n    }\n    timeline {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        name\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.IdeaDetailFragmentDoc,
    "\n  query IdeaList($filter: IdeaFilter, $orderBy: IdeaSort, $first: Int, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n": typeof types.IdeaListDocument,
    "\n  mutation PostIdea($input: PostIdeaInput!) {\n    postIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n": typeof types.PostIdeaDocument,
    "\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n": typeof types.RenderMarkdownDocument,
    "\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!, $reason: String) {\n    setIdeaStatus(id: $id, status: $status, reason: $reason) {\n      ...IdeaDetail\n    }\n  }\n": typeof types.SetIdeaStatusDocument,
    "\n  mutation UnvoteIdea($id: ID!) {\n    unvoteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n": typeof types.UnvoteIdeaDocument,
    "\n  mutation VoteIdea($id: ID!) {\n    voteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n": typeof types.VoteIdeaDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actorName\n    title\n    status\n    reason\n    excerpt\n    ideaId\n    feedbackId\n    actionItemId\n    featureRequestId\n    departmentId\n    overdueCount\n    unassignedCount\n    waitingCount\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n": typeof types.FeedbackFilterOptionsDocument,
    "\n  query Organisation {\n    organisation {\n      timeZone\n      minResponses\n    }\n  }\n": typeof types.OrganisationDocument,
};
const documents: Documents = {
    "\n  query ActionAssignees($search: String, $departmentId: ID, $first: Int) {\n    users(search: $search, departmentId: $departmentId, first: $first) {\n      id\n      name\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ActionAssigneesDocument,
    "\n  query ActionDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": types.ActionDepartmentsDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemDetail\n    }\n  }\n": types.ActionItemDocument,
    "\n  fragment ActionItemDetail on ActionItem {\n    ...ActionItemFields\n    description\n    resolvedAt\n    firstResponseHours\n    withinSla\n    feedback {\n      id\n      loopStatus\n      receivedAt\n      text\n    }\n    followUps {\n      id\n      createdAt\n      contactedCustomer\n      channel\n      note\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.ActionItemDetailFragmentDoc,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    title\n    status\n    priority\n    createdAt\n    dueAt\n    overdue\n    firstResponseAt\n    assignee {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      id\n      npsScore\n      csatScore\n      cesScore\n      customer {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      title\n    }\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": types.ActionItemsDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n      feedback {\n        id\n        loopStatus\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n      idea {\n        id\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n": types.CreateActionItemDocument,
    "\n  query FeedbackActionItems($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      loopStatus\n      text\n      department {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n": types.FeedbackActionItemsDocument,
    "\n  query FollowUpQueue($departmentId: ID, $first: Int, $after: String) {\n    followUpQueue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          followUpDueAt\n          channel\n          category\n          text\n          npsScore\n          csatScore\n          cesScore\n          loopStatus\n          department {\n            id\n            name\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FollowUpQueueDocument,
    "\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n": types.LogFollowUpDocument,
    "\n  query ResponseTimes($filter: ResponseTimeFilter, $groupBy: ResponseGroup!) {\n    responseTimes(filter: $filter, groupBy: $groupBy) {\n      key\n      label\n      needingFollowUp\n      responded\n      resolved\n      firstResponseMedianHours\n      firstResponseP90Hours\n      firstResponseMedianLowHours\n      firstResponseMedianHighHours\n      resolutionMedianHours\n      resolutionP90Hours\n      resolutionMedianLowHours\n      resolutionMedianHighHours\n      slaDecided\n      withinSla\n      slaAttainment\n      recoveryN\n      recoveryRate\n      notFollowedUpRecoveryN\n      notFollowedUpRecoveryRate\n    }\n  }\n": types.ResponseTimesDocument,
    "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n": types.UpdateActionItemDocument,
    "\n  mutation SetLocale($locale: PortalLocale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query ThemeTrends($filter: FeedbackFilter, $interval: Interval, $first: Int) {\n    themeTrends(filter: $filter, interval: $interval, first: $first) {\n      theme {\n        id\n        name\n      }\n      periodStart\n      current\n      previous\n      currentShare\n      previousShare\n      change\n      significant\n      negativeShare\n    }\n  }\n": types.ThemeTrendsDocument,
    "\n  query Trend($metric: Metric!, $interval: Interval, $filter: FeedbackFilter, $segmentBy: Dimension) {\n    trend(metric: $metric, interval: $interval, filter: $filter, segmentBy: $segmentBy) {\n      segment\n      segmentKey\n      points {\n        periodStart\n        value\n        n\n        low\n        high\n        change\n        significant\n        sufficient\n      }\n    }\n  }\n": types.TrendDocument,
    "\n  mutation CreateFeatureRequest($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      id\n      ...FeatureRequestSummary\n      description\n      createdAt\n    }\n  }\n": types.CreateFeatureRequestDocument,
    "\n  query FeatureRequestExport($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n": types.FeatureRequestExportDocument,
    "\n  query FeatureRequestList($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FeatureRequestSummary\n          demandByQuarter {\n            start\n            feedbackCount\n          }\n        }\n      }\n    }\n  }\n": types.FeatureRequestListDocument,
    "\n  query FeatureRequestPermissions {\n    viewerCanManageFeatureRequests\n  }\n": types.FeatureRequestPermissionsDocument,
    "\n  fragment FeatureRequestSummary on FeatureRequest {\n    id\n    title\n    status\n    feedbackCount\n    customerCount\n    revenue\n    lastAskedAt\n    product {\n      id\n      name\n    }\n  }\n": types.FeatureRequestSummaryFragmentDoc,
    "\n  mutation ChangeFeatureRequestStatus($id: ID!, $status: FeatureRequestStatus!, $note: String) {\n    setFeatureRequestStatus(id: $id, status: $status, note: $note) {\n      ...FeatureRequestDetail\n    }\n  }\n": types.ChangeFeatureRequestStatusDocument,
    "\n  mutation CreateFeatureRequestFromFeedback($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      ...FeatureRequestSummary\n    }\n  }\n": types.CreateFeatureRequestFromFeedbackDocument,
    "\n  fragment FeatureRequestAskerFields on FeatureRequest {\n    id\n    askers {\n      key\n      feedbackCount\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      latestFeedback {\n        id\n        receivedAt\n        contact {\n          name\n          email\n          phone\n          masked\n        }\n      }\n      followUp {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeatureRequestAskerFieldsFragmentDoc,
    "\n  query FeatureRequestAskers($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n": types.FeatureRequestAskersDocument,
    "\n  fragment FeatureRequestDetail on FeatureRequest {\n    id\n    title\n    description\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    product {\n      id\n      name\n    }\n    feedbackCount\n    customerCount\n    revenue\n    viewerCanManage\n    allowedStatuses\n    merged {\n      id\n      title\n      mergedAt\n    }\n    statusChanges {\n      id\n      from\n      to\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n": types.FeatureRequestDetailFragmentDoc,
    "\n  query FeatureRequestLinkedFeedback($id: ID!, $first: Int!, $after: String) {\n    featureRequest(id: $id) {\n      id\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            receivedAt\n            text\n            language\n            npsScore\n            csatScore\n            cesScore\n            customer {\n              id\n              name\n              segment\n              region\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FeatureRequestLinkedFeedbackDocument,
    "\n  query FeatureRequestPage($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestDetail\n    }\n  }\n": types.FeatureRequestPageDocument,
    "\n  query FeedbackFeatureRequests($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      category\n      text\n      product {\n        id\n        name\n      }\n      featureRequests {\n        ...FeatureRequestSummary\n      }\n      suggestedFeatureRequests {\n        ...FeatureRequestSummary\n      }\n    }\n    viewerCanManageFeatureRequests\n  }\n": types.FeedbackFeatureRequestsDocument,
    "\n  query FindFeatureRequests($search: String!, $first: Int!) {\n    featureRequests(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n": types.FindFeatureRequestsDocument,
    "\n  mutation LinkFeedbackToRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    linkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n": types.LinkFeedbackToRequestDocument,
    "\n  mutation MergeDuplicateFeatureRequest($sourceId: ID!, $targetId: ID!) {\n    mergeFeatureRequests(sourceId: $sourceId, targetId: $targetId) {\n      ...FeatureRequestDetail\n    }\n  }\n": types.MergeDuplicateFeatureRequestDocument,
    "\n  mutation TellFeatureRequestCustomers($id: ID!) {\n    tellFeatureRequestCustomers(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n": types.TellFeatureRequestCustomersDocument,
    "\n  mutation UnlinkFeedbackFromRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    unlinkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n": types.UnlinkFeedbackFromRequestDocument,
    "\n  query CustomerFeedback($customerId: ID!, $first: Int) {\n    feedback(filter: { customerIds: [$customerId] }, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          sentiment\n        }\n      }\n    }\n  }\n": types.CustomerFeedbackDocument,
    "\n  query CustomerSearch($search: String, $first: Int) {\n    customers(search: $search, first: $first) {\n      id\n      name\n      segment\n      region\n    }\n  }\n": types.CustomerSearchDocument,
    "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n": types.FeedbackItemDocument,
    "\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FeedbackListDocument,
    "\n  mutation CommentOnIdea($id: ID!, $body: String!) {\n    commentOnIdea(id: $id, body: $body) {\n      id\n      commentCount\n    }\n  }\n": types.CommentOnIdeaDocument,
    "\n  mutation EditIdea($input: EditIdeaInput!) {\n    editIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n": types.EditIdeaDocument,
    "\n  mutation EditIdeaComment($id: ID!, $body: String!) {\n    editIdeaComment(id: $id, body: $body) {\n      ...IdeaCommentFields\n    }\n  }\n": types.EditIdeaCommentDocument,
    "\n  fragment EvidenceFeedback on Feedback {\n    id\n    receivedAt\n    channel\n    text\n    npsScore\n    csatScore\n    cesScore\n    customer {\n      id\n      name\n    }\n  }\n": types.EvidenceFeedbackFragmentDoc,
    "\n  query EvidenceLookup($id: ID!) {\n    feedbackItem(id: $id) {\n      ...EvidenceFeedback\n    }\n  }\n": types.EvidenceLookupDocument,
    "\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n": types.HideIdeaDocument,
    "\n  mutation HideIdeaComment($id: ID!, $reason: String!) {\n    hideIdeaComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n": types.HideIdeaCommentDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetail\n    }\n  }\n": types.IdeaDocument,
    "\n  fragment IdeaCard on Idea {\n    id\n    title\n    body\n    category\n    status\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    hidden\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.IdeaCardFragmentDoc,
    "\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    bodyHtml\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n": types.IdeaCommentFieldsFragmentDoc,
    "\n  query IdeaComments($id: ID!, $first: Int, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...IdeaCommentFields\n          }\n        }\n      }\n    }\n  }\n": types.IdeaCommentsDocument,
    "\n  query IdeaDepartments {\n    departments {\n      id\n      name\n    }\n  }\n": types.IdeaDepartmentsDocument,
    "\n  fragment IdeaDetail on Idea {\n    id\n    title\n    body\n    bodyHtml\n    category\n    status\n    statusReason\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    viewerCanChangeStatus\n    viewerCanModerate\n    allowedStatuses\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      ...EvidenceFeedback\n    }\n    timeline {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        name\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": types.IdeaDetailFragmentDoc,
    "\n  query IdeaList($filter: IdeaFilter, $orderBy: IdeaSort, $first: Int, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n": types.IdeaListDocument,
    "\n  mutation PostIdea($input: PostIdeaInput!) {\n    postIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n": types.PostIdeaDocument,
    "\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n": types.RenderMarkdownDocument,
    "\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!, $reason: String) {\n    setIdeaStatus(id: $id, status: $status, reason: $reason) {\n      ...IdeaDetail\n    }\n  }\n": types.SetIdeaStatusDocument,
    "\n  mutation UnvoteIdea($id: ID!) {\n    unvoteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n": types.UnvoteIdeaDocument,
    "\n  mutation VoteIdea($id: ID!) {\n    voteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n": types.VoteIdeaDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actorName\n    title\n    status\n    reason\n    excerpt\n    ideaId\n    feedbackId\n    actionItemId\n    featureRequestId\n    departmentId\n    overdueCount\n    unassignedCount\n    waitingCount\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n": types.FeedbackFilterOptionsDocument,
    "\n  query Organisation {\n    organisation {\n      timeZone\n      minResponses\n    }\n  }\n": types.OrganisationDocument,
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
export function graphql(source: "\n  query ActionAssignees($search: String, $departmentId: ID, $first: Int) {\n    users(search: $search, departmentId: $departmentId, first: $first) {\n      id\n      name\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionAssignees($search: String, $departmentId: ID, $first: Int) {\n    users(search: $search, departmentId: $departmentId, first: $first) {\n      id\n      name\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActionDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemDetail\n    }\n  }\n"): (typeof documents)["\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemDetail on ActionItem {\n    ...ActionItemFields\n    description\n    resolvedAt\n    firstResponseHours\n    withinSla\n    feedback {\n      id\n      loopStatus\n      receivedAt\n      text\n    }\n    followUps {\n      id\n      createdAt\n      contactedCustomer\n      channel\n      note\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemDetail on ActionItem {\n    ...ActionItemFields\n    description\n    resolvedAt\n    firstResponseHours\n    withinSla\n    feedback {\n      id\n      loopStatus\n      receivedAt\n      text\n    }\n    followUps {\n      id\n      createdAt\n      contactedCustomer\n      channel\n      note\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    title\n    status\n    priority\n    createdAt\n    dueAt\n    overdue\n    firstResponseAt\n    assignee {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      id\n      npsScore\n      csatScore\n      cesScore\n      customer {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    title\n    status\n    priority\n    createdAt\n    dueAt\n    overdue\n    firstResponseAt\n    assignee {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      id\n      npsScore\n      csatScore\n      cesScore\n      customer {\n        id\n        name\n      }\n    }\n    idea {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItems($filter: ActionItemFilter, $first: Int, $after: String) {\n    actionItems(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n      feedback {\n        id\n        loopStatus\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n      idea {\n        id\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n      feedback {\n        id\n        loopStatus\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n      idea {\n        id\n        actionItems {\n          ...ActionItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackActionItems($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      loopStatus\n      text\n      department {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackActionItems($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      loopStatus\n      text\n      department {\n        id\n        name\n      }\n      customer {\n        id\n        name\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpQueue($departmentId: ID, $first: Int, $after: String) {\n    followUpQueue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          followUpDueAt\n          channel\n          category\n          text\n          npsScore\n          csatScore\n          cesScore\n          loopStatus\n          department {\n            id\n            name\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpQueue($departmentId: ID, $first: Int, $after: String) {\n    followUpQueue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          followUpDueAt\n          channel\n          category\n          text\n          npsScore\n          csatScore\n          cesScore\n          loopStatus\n          department {\n            id\n            name\n          }\n          customer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseTimes($filter: ResponseTimeFilter, $groupBy: ResponseGroup!) {\n    responseTimes(filter: $filter, groupBy: $groupBy) {\n      key\n      label\n      needingFollowUp\n      responded\n      resolved\n      firstResponseMedianHours\n      firstResponseP90Hours\n      firstResponseMedianLowHours\n      firstResponseMedianHighHours\n      resolutionMedianHours\n      resolutionP90Hours\n      resolutionMedianLowHours\n      resolutionMedianHighHours\n      slaDecided\n      withinSla\n      slaAttainment\n      recoveryN\n      recoveryRate\n      notFollowedUpRecoveryN\n      notFollowedUpRecoveryRate\n    }\n  }\n"): (typeof documents)["\n  query ResponseTimes($filter: ResponseTimeFilter, $groupBy: ResponseGroup!) {\n    responseTimes(filter: $filter, groupBy: $groupBy) {\n      key\n      label\n      needingFollowUp\n      responded\n      resolved\n      firstResponseMedianHours\n      firstResponseP90Hours\n      firstResponseMedianLowHours\n      firstResponseMedianHighHours\n      resolutionMedianHours\n      resolutionP90Hours\n      resolutionMedianLowHours\n      resolutionMedianHighHours\n      slaDecided\n      withinSla\n      slaAttainment\n      recoveryN\n      recoveryRate\n      notFollowedUpRecoveryN\n      notFollowedUpRecoveryRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: PortalLocale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: PortalLocale!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeTrends($filter: FeedbackFilter, $interval: Interval, $first: Int) {\n    themeTrends(filter: $filter, interval: $interval, first: $first) {\n      theme {\n        id\n        name\n      }\n      periodStart\n      current\n      previous\n      currentShare\n      previousShare\n      change\n      significant\n      negativeShare\n    }\n  }\n"): (typeof documents)["\n  query ThemeTrends($filter: FeedbackFilter, $interval: Interval, $first: Int) {\n    themeTrends(filter: $filter, interval: $interval, first: $first) {\n      theme {\n        id\n        name\n      }\n      periodStart\n      current\n      previous\n      currentShare\n      previousShare\n      change\n      significant\n      negativeShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($metric: Metric!, $interval: Interval, $filter: FeedbackFilter, $segmentBy: Dimension) {\n    trend(metric: $metric, interval: $interval, filter: $filter, segmentBy: $segmentBy) {\n      segment\n      segmentKey\n      points {\n        periodStart\n        value\n        n\n        low\n        high\n        change\n        significant\n        sufficient\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trend($metric: Metric!, $interval: Interval, $filter: FeedbackFilter, $segmentBy: Dimension) {\n    trend(metric: $metric, interval: $interval, filter: $filter, segmentBy: $segmentBy) {\n      segment\n      segmentKey\n      points {\n        periodStart\n        value\n        n\n        low\n        high\n        change\n        significant\n        sufficient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeatureRequest($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      id\n      ...FeatureRequestSummary\n      description\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeatureRequest($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      id\n      ...FeatureRequestSummary\n      description\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureRequestExport($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeatureRequestExport($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureRequestList($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FeatureRequestSummary\n          demandByQuarter {\n            start\n            feedbackCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeatureRequestList($filter: FeatureRequestFilter, $orderBy: FeatureRequestOrder, $first: Int, $after: String) {\n    featureRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...FeatureRequestSummary\n          demandByQuarter {\n            start\n            feedbackCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureRequestPermissions {\n    viewerCanManageFeatureRequests\n  }\n"): (typeof documents)["\n  query FeatureRequestPermissions {\n    viewerCanManageFeatureRequests\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeatureRequestSummary on FeatureRequest {\n    id\n    title\n    status\n    feedbackCount\n    customerCount\n    revenue\n    lastAskedAt\n    product {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FeatureRequestSummary on FeatureRequest {\n    id\n    title\n    status\n    feedbackCount\n    customerCount\n    revenue\n    lastAskedAt\n    product {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeatureRequestStatus($id: ID!, $status: FeatureRequestStatus!, $note: String) {\n    setFeatureRequestStatus(id: $id, status: $status, note: $note) {\n      ...FeatureRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeFeatureRequestStatus($id: ID!, $status: FeatureRequestStatus!, $note: String) {\n    setFeatureRequestStatus(id: $id, status: $status, note: $note) {\n      ...FeatureRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeatureRequestFromFeedback($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      ...FeatureRequestSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeatureRequestFromFeedback($input: CreateFeatureRequestInput!) {\n    createFeatureRequest(input: $input) {\n      ...FeatureRequestSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeatureRequestAskerFields on FeatureRequest {\n    id\n    askers {\n      key\n      feedbackCount\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      latestFeedback {\n        id\n        receivedAt\n        contact {\n          name\n          email\n          phone\n          masked\n        }\n      }\n      followUp {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeatureRequestAskerFields on FeatureRequest {\n    id\n    askers {\n      key\n      feedbackCount\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      latestFeedback {\n        id\n        receivedAt\n        contact {\n          name\n          email\n          phone\n          masked\n        }\n      }\n      followUp {\n        id\n        status\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureRequestAskers($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n"): (typeof documents)["\n  query FeatureRequestAskers($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeatureRequestDetail on FeatureRequest {\n    id\n    title\n    description\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    product {\n      id\n      name\n    }\n    feedbackCount\n    customerCount\n    revenue\n    viewerCanManage\n    allowedStatuses\n    merged {\n      id\n      title\n      mergedAt\n    }\n    statusChanges {\n      id\n      from\n      to\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeatureRequestDetail on FeatureRequest {\n    id\n    title\n    description\n    status\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    product {\n      id\n      name\n    }\n    feedbackCount\n    customerCount\n    revenue\n    viewerCanManage\n    allowedStatuses\n    merged {\n      id\n      title\n      mergedAt\n    }\n    statusChanges {\n      id\n      from\n      to\n      note\n      at\n      by {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureRequestLinkedFeedback($id: ID!, $first: Int!, $after: String) {\n    featureRequest(id: $id) {\n      id\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            receivedAt\n            text\n            language\n            npsScore\n            csatScore\n            cesScore\n            customer {\n              id\n              name\n              segment\n              region\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeatureRequestLinkedFeedback($id: ID!, $first: Int!, $after: String) {\n    featureRequest(id: $id) {\n      id\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            receivedAt\n            text\n            language\n            npsScore\n            csatScore\n            cesScore\n            customer {\n              id\n              name\n              segment\n              region\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeatureRequestPage($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestDetail\n    }\n  }\n"): (typeof documents)["\n  query FeatureRequestPage($id: ID!) {\n    featureRequest(id: $id) {\n      ...FeatureRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackFeatureRequests($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      category\n      text\n      product {\n        id\n        name\n      }\n      featureRequests {\n        ...FeatureRequestSummary\n      }\n      suggestedFeatureRequests {\n        ...FeatureRequestSummary\n      }\n    }\n    viewerCanManageFeatureRequests\n  }\n"): (typeof documents)["\n  query FeedbackFeatureRequests($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      category\n      text\n      product {\n        id\n        name\n      }\n      featureRequests {\n        ...FeatureRequestSummary\n      }\n      suggestedFeatureRequests {\n        ...FeatureRequestSummary\n      }\n    }\n    viewerCanManageFeatureRequests\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindFeatureRequests($search: String!, $first: Int!) {\n    featureRequests(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindFeatureRequests($search: String!, $first: Int!) {\n    featureRequests(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          ...FeatureRequestSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkFeedbackToRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    linkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n"): (typeof documents)["\n  mutation LinkFeedbackToRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    linkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeDuplicateFeatureRequest($sourceId: ID!, $targetId: ID!) {\n    mergeFeatureRequests(sourceId: $sourceId, targetId: $targetId) {\n      ...FeatureRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MergeDuplicateFeatureRequest($sourceId: ID!, $targetId: ID!) {\n    mergeFeatureRequests(sourceId: $sourceId, targetId: $targetId) {\n      ...FeatureRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TellFeatureRequestCustomers($id: ID!) {\n    tellFeatureRequestCustomers(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n"): (typeof documents)["\n  mutation TellFeatureRequestCustomers($id: ID!) {\n    tellFeatureRequestCustomers(id: $id) {\n      ...FeatureRequestAskerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkFeedbackFromRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    unlinkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkFeedbackFromRequest($featureRequestId: ID!, $feedbackId: ID!) {\n    unlinkFeedback(featureRequestId: $featureRequestId, feedbackId: $feedbackId) {\n      id\n      feedbackCount\n      customerCount\n      revenue\n    }\n  }\n"];
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
export function graphql(source: "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      id\n      receivedAt\n      channel\n      kind\n      category\n      source\n      npsScore\n      npsGroup\n      csatScore\n      cesScore\n      repurchaseScore\n      crossBuyScore\n      text\n      language\n      sentiment\n      loopStatus\n      themes {\n        id\n        name\n      }\n      department {\n        id\n        name\n      }\n      product {\n        id\n        name\n      }\n      survey {\n        id\n        name\n        type\n      }\n      customer {\n        id\n        name\n        segment\n        region\n        annualRevenue\n      }\n      contact {\n        name\n        email\n        phone\n        masked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackList($filter: FeedbackFilter, $orderBy: FeedbackOrder, $first: Int, $after: String) {\n    feedback(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          receivedAt\n          channel\n          kind\n          category\n          npsScore\n          csatScore\n          cesScore\n          text\n          language\n          sentiment\n          loopStatus\n          customer {\n            id\n            name\n            segment\n          }\n          themes {\n            id\n            name\n          }\n          department {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnIdea($id: ID!, $body: String!) {\n    commentOnIdea(id: $id, body: $body) {\n      id\n      commentCount\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnIdea($id: ID!, $body: String!) {\n    commentOnIdea(id: $id, body: $body) {\n      id\n      commentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditIdea($input: EditIdeaInput!) {\n    editIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n"): (typeof documents)["\n  mutation EditIdea($input: EditIdeaInput!) {\n    editIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditIdeaComment($id: ID!, $body: String!) {\n    editIdeaComment(id: $id, body: $body) {\n      ...IdeaCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditIdeaComment($id: ID!, $body: String!) {\n    editIdeaComment(id: $id, body: $body) {\n      ...IdeaCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFeedback on Feedback {\n    id\n    receivedAt\n    channel\n    text\n    npsScore\n    csatScore\n    cesScore\n    customer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceFeedback on Feedback {\n    id\n    receivedAt\n    channel\n    text\n    npsScore\n    csatScore\n    cesScore\n    customer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceLookup($id: ID!) {\n    feedbackItem(id: $id) {\n      ...EvidenceFeedback\n    }\n  }\n"): (typeof documents)["\n  query EvidenceLookup($id: ID!) {\n    feedbackItem(id: $id) {\n      ...EvidenceFeedback\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n"): (typeof documents)["\n  mutation HideIdea($id: ID!, $reason: String!) {\n    hideIdea(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideIdeaComment($id: ID!, $reason: String!) {\n    hideIdeaComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n"): (typeof documents)["\n  mutation HideIdeaComment($id: ID!, $reason: String!) {\n    hideIdeaComment(id: $id, reason: $reason) {\n      id\n      hidden\n      hiddenReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetail\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCard on Idea {\n    id\n    title\n    body\n    category\n    status\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    hidden\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaCard on Idea {\n    id\n    title\n    body\n    category\n    status\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    hidden\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    bodyHtml\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaCommentFields on IdeaComment {\n    id\n    body\n    bodyHtml\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaComments($id: ID!, $first: Int, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...IdeaCommentFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaComments($id: ID!, $first: Int, $after: String) {\n    idea(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...IdeaCommentFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query IdeaDepartments {\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaDetail on Idea {\n    id\n    title\n    body\n    bodyHtml\n    category\n    status\n    statusReason\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    viewerCanChangeStatus\n    viewerCanModerate\n    allowedStatuses\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      ...EvidenceFeedback\n    }\n    timeline {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        name\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaDetail on Idea {\n    id\n    title\n    body\n    bodyHtml\n    category\n    status\n    statusReason\n    votes\n    viewerHasVoted\n    commentCount\n    createdAt\n    updatedAt\n    edited\n    hidden\n    hiddenReason\n    viewerCanEdit\n    viewerCanChangeStatus\n    viewerCanModerate\n    allowedStatuses\n    author {\n      id\n      name\n    }\n    department {\n      id\n      name\n    }\n    feedback {\n      ...EvidenceFeedback\n    }\n    timeline {\n      id\n      fromStatus\n      toStatus\n      reason\n      createdAt\n      changedBy {\n        id\n        name\n      }\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaList($filter: IdeaFilter, $orderBy: IdeaSort, $first: Int, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeaList($filter: IdeaFilter, $orderBy: IdeaSort, $first: Int, $after: String) {\n    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...IdeaCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostIdea($input: PostIdeaInput!) {\n    postIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PostIdea($input: PostIdeaInput!) {\n    postIdea(input: $input) {\n      ...IdeaDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!, $reason: String) {\n    setIdeaStatus(id: $id, status: $status, reason: $reason) {\n      ...IdeaDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaStatus($id: ID!, $status: IdeaStatus!, $reason: String) {\n    setIdeaStatus(id: $id, status: $status, reason: $reason) {\n      ...IdeaDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnvoteIdea($id: ID!) {\n    unvoteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n"): (typeof documents)["\n  mutation UnvoteIdea($id: ID!) {\n    unvoteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteIdea($id: ID!) {\n    voteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n"): (typeof documents)["\n  mutation VoteIdea($id: ID!) {\n    voteIdea(id: $id) {\n      id\n      votes\n      viewerHasVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actorName\n    title\n    status\n    reason\n    excerpt\n    ideaId\n    feedbackId\n    actionItemId\n    featureRequestId\n    departmentId\n    overdueCount\n    unassignedCount\n    waitingCount\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    type\n    createdAt\n    read\n    actorName\n    title\n    status\n    reason\n    excerpt\n    ideaId\n    feedbackId\n    actionItemId\n    featureRequestId\n    departmentId\n    overdueCount\n    unassignedCount\n    waitingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n"): (typeof documents)["\n  query FeedbackFilterOptions {\n    departments {\n      id\n      name\n    }\n    products {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n    regions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation {\n    organisation {\n      timeZone\n      minResponses\n    }\n  }\n"): (typeof documents)["\n  query Organisation {\n    organisation {\n      timeZone\n      minResponses\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;