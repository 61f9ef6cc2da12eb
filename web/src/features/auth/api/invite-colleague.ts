import { useMutation } from '@tanstack/react-query';
import { apiFetch, json } from '../../../lib/api-client.ts';

export interface Invitation {
  id: string;
  email: string;
  /** One-time token, shown once: the inviter passes the link on. */
  token: string;
  expiresAt: string;
}

export const inviteColleague = (body: { email: string }) =>
  apiFetch<Invitation>('/api/v1/organization/invitations', json('POST', body));

export const useInviteColleague = () => useMutation({ mutationFn: inviteColleague });
