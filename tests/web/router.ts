// react-router is a dependency of the web package, not of the tests package: reach it through
// web's node_modules so the test and the app share one instance of the router.
export { createMemoryRouter, RouterProvider } from '../../web/node_modules/react-router';
