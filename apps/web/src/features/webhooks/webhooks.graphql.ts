import { graphql } from '@/gql';

export const WebhookFragment = graphql(`
  fragment WebhookFields on Webhook {
    id
    url
    description
    events
    active
    secretPrefix
    createdAt
    lastDeliveryAt
    lastDeliveryStatus
    failedDeliveries
    dataset {
      id
      name
    }
  }
`);

export const WebhookDeliveryFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    event
    status
    attempts
    payload
    responseStatus
    responseBody
    error
    durationMs
    createdAt
    nextAttemptAt
    deliveredAt
  }
`);

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks {
      ...WebhookFields
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int!, $status: WebhookDeliveryStatus) {
    webhook(id: $id) {
      id
      deliveries(first: $first, status: $status) {
        edges {
          node {
            ...WebhookDeliveryFields
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        ...WebhookFields
      }
    }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
    updateWebhook(id: $id, input: $input) {
      ...WebhookFields
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      webhook {
        ...WebhookFields
      }
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

export const PingWebhookMutation = graphql(`
  mutation PingWebhook($id: ID!) {
    pingWebhook(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const RedeliverWebhookDeliveryMutation = graphql(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);
