/**
 * Decap's workflow card with its excerpt as plain text (admin/plain-excerpt.ts). Put in
 * place of Decap's own `./WorkflowCard` by a Vite alias (admin/decap-aliases.ts); the
 * original is imported by its file path, which the alias does not match.
 */
import { createElement as h, type ComponentType } from 'react';
import DecapWorkflowCard from 'decap-cms-core/dist/esm/components/Workflow/WorkflowCard.js';
import { plainExcerpt } from './plain-excerpt.ts';

const Card = DecapWorkflowCard as ComponentType<{ body?: string }>;

export default function WorkflowCard(props: { body?: string }) {
  return h(Card, { ...props, body: plainExcerpt(props.body) });
}
