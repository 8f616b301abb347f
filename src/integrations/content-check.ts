/**
 * Astro integration: checks the whole content (programme, lessons, glossary) before the build starts and
 * fails once with every problem listed, rather than letting a broken reference surface in a learner's page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../schemas/load-content';
import { formatQuizMeasures } from '../schemas/quiz-quality';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'parcours:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const content = loadContent(fileURLToPath(config.root));
        logger.info(`content OK: ${content.course.modules.length} modules, ${content.lessons.length} lessons, ${content.glossary.length} glossary terms`);
        for (const line of formatQuizMeasures(content.quizMeasures).split('\n')) logger.info(`quiz ${line}`);
      },
    },
  };
}
