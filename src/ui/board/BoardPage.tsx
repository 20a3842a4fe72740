// The class board: the instructor pastes the class's result codes (or opens their board links); the board
// reads them in this browser, lists the refused ones with their reasons, and shows each lesson's predictions
// against the measured outcomes and the spread of the runs' results. Nothing leaves the browser.
import { useMemo } from 'react';
import { useT } from '../i18n/language-store';
import { BoardTally } from './BoardTally';
import { readCodes } from './board-codes';
import { lessonTallies, runSpread } from './board-summary';
import { CodePasteForm } from './CodePasteForm';
import { LessonTables } from './LessonTables';
import { LAB_LESSONS } from './lab-lessons';
import type { LessonSource } from './lesson-source';
import { RefusedCodes } from './RefusedCodes';
import { RunSpreadView } from './RunSpreadView';
import { useBoardCodes } from './use-board-codes';
import { useLessonWords } from './use-lesson-words';
import './board.css';

export function BoardPage({ lessons = LAB_LESSONS }: { lessons?: LessonSource }) {
  const TEXT = useT().board;
  const { board, fromLink, add, clear } = useBoardCodes();
  const words = useLessonWords(lessons);
  const read = useMemo(() => readCodes(board.codes, lessons.checkLesson), [board.codes, lessons]);
  const results = useMemo(() => read.accepted.map(({ result }) => result), [read]);
  const isRefused = (code: string) => readCodes([code], lessons.checkLesson).refused.length > 0;
  return (
    <div className="board-page">
      <header className="page-intro">
        <h1>{TEXT.page.title}</h1>
        <p>{TEXT.page.intro}</p>
      </header>
      <div className="board-page__top">
        <CodePasteForm onAdd={add} isRefused={isRefused} fromLink={fromLink} />
        <BoardTally accepted={read.accepted.length} refused={read.refused.length} duplicates={board.duplicates} onClear={clear} />
      </div>
      <RefusedCodes refused={read.refused} choiceWords={words.choice} />
      <LessonTables tallies={lessonTallies(results)} words={words} />
      <RunSpreadView spread={runSpread(results)} />
    </div>
  );
}
