import { createBrowserRouter } from 'react-router';
import { HomePage } from '../features/home/home-page.tsx';
import { Layout, NotFoundPage } from './layout.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
