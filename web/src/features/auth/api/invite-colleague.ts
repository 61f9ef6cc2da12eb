import { useMutation } from '@tanstack/react-query';
import { invitationViewSchema } from '@zhiping/shared/api/auth';
import { apiFetch, json } from '../../../lib/api-client.ts';

/** The link goes to the invitee by mail only; the inviter sees to whom and until when. */
export interface Invitation {
  id: string;
  email: string;
  expiresAt: string;
}

export const inviteColleague = (body: { email: string }) =>
  apiFetch('/api/v1/organization/invitations', invitationViewSchema, json('POST', body));

export const useInviteColleague = () => useMutation({ mutationFn: inviteColleague });
