/** Mail texts in zh-CN (default) and English; every mail has a plain-text and an HTML part. */
export type MailLocale = 'zh-CN' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const mailLocale = (preference: string | null | undefined): MailLocale =>
  preference?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Paragraphs of plain text, with at most one action link. */
function render(subject: string, paragraphs: string[], link?: { label: string; url: string }) {
  const text = [
    ...paragraphs,
    ...(link ? [`${link.label}: ${link.url}`] : []),
    '',
    '— zhiping (智评)',
  ];
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.6">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
    '<p style="color:#666">— zhiping (智评)</p></body></html>',
  ];
  return { subject, text: text.join('\n'), html: html.join('\n') };
}

export const mailTemplates = {
  invitation(
    locale: MailLocale,
    v: { organizationName: string; inviterName: string; url: string; expiresAt: Date },
  ): RenderedMail {
    const until = v.expiresAt.toISOString().slice(0, 10);
    return locale === 'en'
      ? render(
          `Invitation to join ${v.organizationName} on zhiping`,
          [
            `${v.inviterName} invited you to join ${v.organizationName} on zhiping.`,
            `The link works once, until ${until}.`,
          ],
          { label: 'Accept the invitation', url: v.url },
        )
      : render(
          `邀请您加入智评平台上的「${v.organizationName}」`,
          [
            `${v.inviterName} 邀请您加入智评平台上的「${v.organizationName}」。`,
            `链接仅可使用一次，有效期至 ${until}。`,
          ],
          { label: '接受邀请', url: v.url },
        );
  },

  /** To a new address that was registered: the link creates the enterprise and signs in. */
  registrationConfirm(
    locale: MailLocale,
    v: { organizationName: string; url: string; hours: number },
  ): RenderedMail {
    return locale === 'en'
      ? render(
          `Confirm the registration of ${v.organizationName} on zhiping`,
          [
            `Someone registered ${v.organizationName} on zhiping with this email address.`,
            `Follow the link to confirm it: it creates the enterprise and its account and signs you in. It works once, for ${v.hours} hours.`,
            'If it was not you, ignore this mail: nothing is created.',
          ],
          { label: 'Confirm the registration', url: v.url },
        )
      : render(
          `请确认在智评平台注册「${v.organizationName}」`,
          [
            `有人使用此邮箱在智评平台注册了「${v.organizationName}」。`,
            `请点击链接确认：确认后将创建企业及其账号并自动登录。链接仅可使用一次，${v.hours} 小时内有效。`,
            '如果不是您本人操作，请忽略本邮件，不会创建任何账号。',
          ],
          { label: '确认注册', url: v.url },
        );
  },

  passwordReset(locale: MailLocale, v: { url: string; minutes: number }): RenderedMail {
    return locale === 'en'
      ? render(
          'Reset your zhiping password',
          [
            `Someone asked to reset the password of this account. The link works once, for ${v.minutes} minutes.`,
            'If it was not you, ignore this mail: your password stays as it is.',
          ],
          { label: 'Choose a new password', url: v.url },
        )
      : render(
          '重置您的智评密码',
          [
            `有人请求重置此账号的密码。链接仅可使用一次，${v.minutes} 分钟内有效。`,
            '如果不是您本人操作，请忽略本邮件，您的密码不会改变。',
          ],
          { label: '设置新密码', url: v.url },
        );
  },

  /** Sent instead of any on-screen answer when an address that has an account is registered or invited. */
  accountExists(locale: MailLocale, v: { loginUrl: string; resetUrl: string }): RenderedMail {
    return locale === 'en'
      ? render('Someone tried to use your address on zhiping', [
          'Someone tried to register or invite this email address, which already has a zhiping account. Nothing was changed.',
          `If it was you, sign in at ${v.loginUrl}, or reset your password at ${v.resetUrl}.`,
        ])
      : render('有人尝试使用您的邮箱注册智评', [
          '有人尝试用此邮箱注册或被邀请，但该邮箱已有智评账号。账号未做任何改动。',
          `如果是您本人，请在 ${v.loginUrl} 登录，或在 ${v.resetUrl} 重置密码。`,
        ]);
  },

  reviewHandOver(
    locale: MailLocale,
    v: { assessmentTitle: string; outcome: 'returned' | 'signed_off'; url: string },
  ): RenderedMail {
    if (locale === 'en') {
      const what =
        v.outcome === 'returned'
          ? 'was returned by the assessor for improvement of its weak items (弱项整改)'
          : 'was signed off by the assessor';
      return render(
        `Assessment "${v.assessmentTitle}" ${v.outcome === 'returned' ? 'returned' : 'signed off'}`,
        [`The assessment "${v.assessmentTitle}" ${what}.`],
        { label: 'Open the assessment', url: v.url },
      );
    }
    const what = v.outcome === 'returned' ? '已被评估师退回，请进行弱项整改' : '已由评估师签发';
    return render(
      `评估「${v.assessmentTitle}」${v.outcome === 'returned' ? '已退回整改' : '已签发'}`,
      [`评估「${v.assessmentTitle}」${what}。`],
      { label: '查看评估', url: v.url },
    );
  },
};
