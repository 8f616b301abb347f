/**
 * What a tracked simulation needs to read and write the learner record: the resume and the save reaction,
 * both built on the run codec. The frame loads this chunk once it is on screen (not on the first paint), then
 * resumes the saved run if there is one and starts saving.
 */
export { startSavingSimulations } from '../../../reactions/simulation-save';
export { resumeSimulation } from '../../../stores/simulation-resume';
