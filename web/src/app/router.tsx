import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/ui/query-state.tsx';
import { GuestOnly, RequireSession } from './guards.tsx';
import { Layout, NotFoundPage } from './layout.tsx';
import { RoleGate } from './role-gate.tsx';
import { RouteError } from './route-error.tsx';

/** The admin area's pages, below its layout (sub-navigation) at /admin. */
const adminRoutes = [
  { index: true, lazy: () => import('../features/admin/routes/systems.tsx') },
  { path: 'versions/:id', lazy: () => import('../features/admin/routes/version-editor.tsx') },
  { path: 'standards', lazy: () => import('../features/admin/routes/standards.tsx') },
  { path: 'enterprises', lazy: () => import('../features/admin/routes/enterprises.tsx') },
  { path: 'users', lazy: () => import('../features/admin/routes/users.tsx') },
  { path: 'audit', lazy: () => import('../features/admin/routes/audit.tsx') },
];

/**
 * Every page is a lazy route module (it exports `Component`), so each route is its own chunk
 * and the sign-in page loads only what it needs. Guards are pathless parents.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            element: <GuestOnly />,
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/home/home-page.tsx')).HomePage,
                }),
              },
              { path: 'login', lazy: () => import('../features/auth/routes/login.tsx') },
              { path: 'register', lazy: () => import('../features/auth/routes/register.tsx') },
              {
                path: 'forgot-password',
                lazy: () => import('../features/auth/routes/forgot-password.tsx'),
              },
            ],
          },
          { path: 'invite', lazy: () => import('../features/auth/routes/invite.tsx') },
          {
            path: 'reset-password',
            lazy: () => import('../features/auth/routes/reset-password.tsx'),
          },
          { path: 'privacy', lazy: () => import('../features/auth/routes/privacy.tsx') },
          {
            path: 'register/confirm',
            lazy: () => import('../features/auth/routes/register-confirm.tsx'),
          },
          // The quick scan works with or without an account (docs/quick-scan.md).
          { path: 'quick-scan', lazy: () => import('../features/quick-scan/routes/start.tsx') },
          {
            path: 'quick-scan/:id',
            lazy: () => import('../features/quick-scan/routes/scan.tsx'),
          },
          {
            path: 'quick-scan/:id/result',
            lazy: () => import('../features/quick-scan/routes/result.tsx'),
          },
          {
            element: <RequireSession />,
            children: [
              { path: 'account', lazy: () => import('../features/auth/routes/account.tsx') },
              {
                path: 'account/security',
                lazy: () => import('../features/auth/routes/security.tsx'),
              },
              // Pages every signed-in role may open (the report, the comparison) go here.
              {
                path: 'assessments/:id/report',
                lazy: () => import('../features/report/routes/report.tsx'),
              },
              { path: 'compare', lazy: () => import('../features/compare/routes/compare.tsx') },
            ],
          },
          {
            element: <RequireSession roles={['respondent']} />,
            children: [
              {
                path: 'dashboard',
                lazy: () => import('../features/dashboard/routes/dashboard.tsx'),
              },
              {
                path: 'assessments/new',
                lazy: () => import('../features/assessments/routes/new-assessment.tsx'),
              },
              {
                path: 'assessments/:id',
                lazy: () => import('../features/questionnaire/routes/questionnaire.tsx'),
              },
              {
                path: 'assessments/:id/rectification',
                lazy: () => import('../features/rectification/routes/rectification.tsx'),
              },
            ],
          },
          {
            // Staff pages: a signed-in user of another role is refused at the URL they typed.
            element: <RequireSession />,
            children: [
              {
                element: <RoleGate roles={['assessor', 'admin']} />,
                children: [
                  { path: 'review', lazy: () => import('../features/review/routes/queue.tsx') },
                  {
                    path: 'review/:id',
                    lazy: () => import('../features/review/routes/review.tsx'),
                  },
                ],
              },
              {
                element: <RoleGate roles={['admin']} />,
                children: [
                  {
                    path: 'admin',
                    lazy: () => import('../features/admin/routes/admin-layout.tsx'),
                    children: adminRoutes,
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
