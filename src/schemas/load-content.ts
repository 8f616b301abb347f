/**
 * Reads `content/` from disk for the build-time check (Node only; pages get their data from here too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkContent, type CheckedContent, type RawContent, type RawLessonFile } from './check-content';
import { formatProblems } from './problems';
import { loadOrganisation, ORGANISATION_FILE } from './organisation';

function readYaml(path: string): { data: unknown; error?: string } {
  if (!existsSync(path)) return { data: undefined, error: 'file not found' };
  try {
    return { data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { data: undefined, error: `invalid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readLesson(root: string, folder: string, fileName: string): RawLessonFile {
  const path = join(root, 'content', 'lessons', folder, fileName);
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path).split('\\').join('/');
  const name = fileName.replace(/\.mdx?$/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return { file, folder, name, frontmatter: undefined, frontmatterError: 'missing --- frontmatter block', body: text };
  const body = text.slice(match[0].length);
  try {
    return { file, folder, name, frontmatter: parse(match[1] ?? ''), body };
  } catch (error) {
    return { file, folder, name, frontmatter: undefined, frontmatterError: `invalid YAML: ${(error as Error).message.split('\n')[0]}`, body };
  }
}

function readDataFiles(root: string, folder: string) {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const { data, error } = readYaml(join(dir, name));
      return { file: `content/${folder}/${name}`, name: name.replace(/\.ya?ml$/, ''), data, ...(error ? { error } : {}) };
    });
}

/** Reads the programme, the glossary, the cast, every lesson file, every quiz bank and every scenario (files starting with `_` are skipped). */
export function readContent(root: string): RawContent {
  const courseFile = 'content/course.yaml';
  const glossaryFile = 'content/glossary.yaml';
  const course = readYaml(join(root, courseFile));
  const glossary = readYaml(join(root, glossaryFile));
  const castFile = 'content/cast.yaml';
  const cast = readYaml(join(root, castFile));
  const lessonsDir = join(root, 'content', 'lessons');
  const lessons: RawLessonFile[] = [];
  if (existsSync(lessonsDir)) {
    for (const folder of readdirSync(lessonsDir).sort()) {
      if (folder.startsWith('_') || !statSync(join(lessonsDir, folder)).isDirectory()) continue;
      for (const fileName of readdirSync(join(lessonsDir, folder)).sort()) {
        if (fileName.startsWith('_') || !/\.mdx?$/.test(fileName)) continue;
        lessons.push(readLesson(root, folder, fileName));
      }
    }
  }
  return {
    courseFile,
    course: course.data,
    ...(course.error ? { courseError: course.error } : {}),
    glossaryFile,
    glossary: glossary.data,
    ...(glossary.error ? { glossaryError: glossary.error } : {}),
    castFile,
    cast: cast.data,
    ...(cast.error ? { castError: cast.error } : {}),
    lessons,
    quizzes: readDataFiles(root, 'quizzes'),
    scenarios: readDataFiles(root, 'scenarios'),
  };
}

/**
 * Reads and checks the content; throws one error listing every problem. The final test's pass mark and
 * attempts come from the organisation's settings (`content/organisation.yaml`) when the file exists.
 */
export function loadContent(root: string): CheckedContent {
  const { problems, content } = checkContent(readContent(root));
  if (!content) throw new Error(formatProblems(problems));
  if (!existsSync(join(root, ORGANISATION_FILE))) return content;
  const { finalTest } = loadOrganisation(root);
  return { ...content, course: { ...content.course, masteryScore: finalTest.passMark, attempts: finalTest.attempts } };
}
