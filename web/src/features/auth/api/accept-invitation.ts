import { useMutation } from '@tanstack/react-query';
import { sessionSchema } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { setSession } from '../../../lib/session.ts';

export interface AcceptInvitationInput {
  token: string;
  displayName: string;
  password: string;
}

export const acceptInvitation = (body: AcceptInvitationInput) =>
  apiFetch('/api/v1/auth/invitations/accept', sessionSchema, json('POST', body));

export const useAcceptInvitation = () =>
  useMutation({ mutationFn: acceptInvitation, onSuccess: setSession });
