/** The auth module's public surface: other modules import only this file. */
export { organizationView, userView } from './views.ts';
