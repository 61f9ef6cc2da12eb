/** The assessments module's public surface: other modules import only this file. */
export { loadAssessmentFor, type AssessmentAccess, type AssessmentRow } from './access.ts';
export { openFindingRequirementIds } from './reopened.ts';
export { createAssessmentRepository, type AnswerRow } from './repository.ts';
export { createAssessmentService } from './service.ts';
export { answerMap } from './views.ts';
