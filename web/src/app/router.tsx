import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/ui/query-state.tsx';
import { ComingSoon } from './coming-soon.tsx';
import { GuestOnly, RequireSession } from './guards.tsx';
import { Layout, NotFoundPage } from './layout.tsx';
import { RouteError } from './route-error.tsx';

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
            ],
          },
          { path: 'invite', lazy: () => import('../features/auth/routes/invite.tsx') },
          {
            element: <RequireSession />,
            children: [
              { path: 'account', lazy: () => import('../features/auth/routes/account.tsx') },
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
              { path: 'dashboard', lazy: () => import('../features/dashboard/routes/dashboard.tsx') },
              {
                path: 'assessments/new',
                lazy: () => import('../features/assessments/routes/new-assessment.tsx'),
              },
              {
                path: 'assessments/:id',
                lazy: () => import('../features/questionnaire/routes/questionnaire.tsx'),
              },
            ],
          },
          {
            element: <RequireSession roles={['assessor', 'admin']} />,
            children: [{ path: 'review', element: <ComingSoon area="review" /> }],
          },
          {
            element: <RequireSession roles={['admin']} />,
            children: [{ path: 'admin', element: <ComingSoon area="admin" /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
