import { libraryConnection } from '@/utils/library/library-connection';
import { openLibraryDb } from '@/utils/library/library-db';

/** The page's connection to the library (extension pages may open it; content scripts never do). */
export const pageLibrary = libraryConnection(() => openLibraryDb());
