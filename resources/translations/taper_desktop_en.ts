<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a proposed taper schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the schedule a taper rule gives: the start, each day the rounded dose changes, and the target. A plan to confirm with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start dose per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose unit, e.g. g, mg, mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent: each step removes STEP%% of the most recent dose; linear: each step removes STEP units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent per step (0-50] or amount per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days between steps (at least 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the start dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round every dose to a multiple of R, ties to the lower dose (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dose the taper ends at (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object per line: date, dose, unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers are too large to make a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed schedule, a plan to confirm with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the most recent dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) remove %1; doses rounded to %2; target %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of 2 or more cuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each cut, until the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose cut with check-ins after it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 total after a cut: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 total, %n cut(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>day of the step (the step day is day 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day 1 (the day of the cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>custom: %n dated step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 every %n day(s), rounded to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 as entered in error? It leaves the schedule but stays in the history, marked as withdrawn today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a revision entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving withdraws the revision shown (the history keeps it, marked as entered in error) and puts this correction in its place. Every plan rule applies to the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has entries for %n day(s) that already have entries in your diary.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file also has a taper plan that differs from yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours and add only the new days, or let the file&apos;s entries replace yours? A backup is made before anything is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace my entries with the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file needs a fix first. Your diary is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One problem was found in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 problems were found in %1. Each is listed with its line and column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 problems were found in %1. The first %3 are listed with their line and column; often one fix (a column in the wrong format) solves many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting your data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Your diary is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the file has data for days that already hold data: skip keeps what is stored, replace takes the file&apos;s rows (a backup is made first). Without it such an import is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported. Use --on-conflict skip to keep them or --on-conflict replace to take the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the stored data for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy from before the import is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dose increase(s) with no provider&apos;s name, kept and marked &quot;agreement not recorded&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan rule(s) broken by the file&apos;s plan, kept as it was and marked in the calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fill an EMPTY data folder with a demo taper</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill an empty data folder with %n days of a realistic kratom taper (8 g/day, steps every 7 days, one hold, a few days not logged). Refuses a folder that already holds data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds data; demo only fills an empty data folder (use --data-dir to choose another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo taper written to %1: %2, %3, %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept your entries for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n day(s); the earlier version is saved as a backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported everything to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV holds each day&apos;s total dose only: a replaced day keeps one dose without a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is encrypted, but its key file is missing from the data folder, so it cannot be opened. If you have a copy of the key file, put it back and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file in the data folder belongs to another program, so Taper Desktop cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file could not be opened. It may have been damaged, for example by a crash or a full disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be deleted: the file is kept, renamed, in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2 check-ins, %3 doses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty diary, keeping the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file can be read but not saved to: the file or its folder is read-only. Taper Desktop closes so that nothing you enter is lost; the file is unchanged. Check the permissions of %1 and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary was saved by a newer version of Taper Desktop. Please update the app to open it; the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary continues from the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You start with an empty diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop charts: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export yet. Charts appear once a check-in is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity, schema version, counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity check, schema version, whether it is encrypted (and the SQLCipher version) and how many records of each kind it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this app: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra symptom scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other medications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in Taper Desktop with the copy from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan revision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the clinic file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic file saved to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the clinic file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic file was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar saved to %1: %2, %3, %4. Import it into your calendar app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>export the taper steps, holds and appointments as a calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an iCalendar file for the calendar you already use: an all-day event on each taper step day (&quot;Taper step: 3.1 g to 2.9 g&quot;), holds as multi-day events, appointments at their local time with the time zone. Event UIDs are stable, so importing a newer file updates the events, also after a plan revision. The file is replaced atomically and readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a reminder at 20:00 the evening before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n taper step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the calendar file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sheet saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sheet saved to %1. It could not be opened here: open it from your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the plan sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan sheet was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore replaces all of it: check-ins and notes, doses, the plan and its history, holds, other medications, appointments, COWS totals, unsaved drafts and your settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings change back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are the same in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current data is saved as a backup first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored; your data is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; your data is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the copy from %1. Your data from before is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop backups (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved to %1. Restore from a file takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold from %1 has not held any day yet. Cancel it? The steps then go on as planned; the plan history keeps it, marked as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what was typed for %1 and not saved? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without your passphrase and your recovery code, nobody can recover the diary: not you, not your provider, not the makers of Taper Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down this recovery code, or save or print it, and keep it apart from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens your diary if you forget your passphrase. It is shown only now; you can make a new one later in Settings (the old one then stops working).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to a file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens your diary if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Keep that file somewhere other than this computer, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available here; save the code to a file or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted, although your diary is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your diary unencrypted on this computer? Anyone who can read your files could then read it. Its backups are converted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file is not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(s) were encrypted too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(s) were converted too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These copies could not be read, so they were deleted rather than left unprotected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my diary with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary and its backups will be encrypted on this computer. You will type the passphrase each time you open Taper Desktop, and you get a recovery code in case you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary was not encrypted; it is unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not open this diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First type your current passphrase (or your recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new passphrase. Your recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. The recovery code is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new code was made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is still encrypted; nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery &amp;code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn off...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is not encrypted. Protecting it with a passphrase is recommended: anyone who can read your files cannot then read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase. If you have forgotten it, type your recovery code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so the diary opens without the passphrase for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: no keyring service (such as GNOME Keyring or KWallet) was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase or your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial, no total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shading: conventional bands, named at the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(points: each day; lines: 7-day mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each dose cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop data (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than twice today&apos;s planned %2. Store it as typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than twice this day&apos;s planned %2. Store it as typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this dose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested dates: the period you chose last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested dates start after your last report, which ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested dates start on %1, the first day of your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested dates: the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1. It could not be opened here: open it from your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop records and summarizes what you enter. It does not give medical advice, does not diagnose, and does not prescribe: schedules are computed from the rule your provider gave and are a plan to confirm with your provider. Severity bands are conventional, not validated. In an emergency call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline taper and withdrawal tracker. Your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS (recorded from your clinician, never computed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more days have drafts (marked in the calendar).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding the data (default: %1, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a folder protected with a passphrase: read the passphrase (or the recovery code) from the first line of FILE instead of asking on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop: keep a taper plan agreed with your provider, a daily symptom check-in and trends, offline. Without a command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 data error, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase (or a new recovery code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current passphrase or recovery code, then the new passphrase (asked twice, or read from --new-passphrase-file). Only the key file is rewritten. With --new-recovery-code, makes a new recovery code instead and prints it; the old code stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new recovery code instead of a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase; use encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery code is the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: cannot read it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this diary is protected with a passphrase and there is no terminal to ask on; give it with --passphrase-file FILE (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop is open with %1; close it first (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to an unencrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current passphrase or recovery code; the database and its backups are written back unencrypted and the key file is removed. Asks to confirm on the terminal; without a terminal --yes is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the diary unencrypted on this computer? Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypt needs --yes when there is no terminal to confirm on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the diary is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary in %1 is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect the folder with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database and its backups (SQLCipher) with a new passphrase, asked twice on the terminal or read from --new-passphrase-file. Prints a recovery code once, on a line starting &apos;Recovery code: &apos;. Keep it safe: without the passphrase and the recovery code nobody can recover the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no terminal to ask for the new passphrase; give it with --new-passphrase-file FILE (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down this recovery code and keep it apart from this computer. It opens the diary when the passphrase is forgotten; it is shown only now. Without both the passphrase and this code nobody can recover the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1: it could not be read, so it could not be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already protected with a passphrase; use change-passphrase to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary in %1 is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the day table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one CSV row per day that has a dose or a check-in (columns as in the day-table format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export for a clinic system (FHIR R4 JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the diary as one FHIR R4 (4.0.1) Bundle of type collection, in UTF-8 JSON, for a clinic&apos;s system: a QuestionnaireResponse per check-in, an Observation per scale total, companion measure and COWS total, a MedicationStatement per dose and a MedicationRequest (intent plan) per plan revision. Ids are stable, so exporting again gives the same ids. The file is replaced atomically and readable by you only. --from and --to limit the diary days; the plan is always included whole. Mapping: docs/fhir.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day to include (default: the first day with data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day to include, inclusive (default: the last day with data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name for the Patient resource (default: none; no identifier is ever added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no diary records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export everything as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every plan, revision, hold, dose, check-in, other medication, appointment, COWS total and setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a day-table CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row of a day-table CSV, then store all of it in one step, or nothing if any row has a problem. dose_planned is ignored; each day&apos;s dose_taken becomes one dose without a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a full JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole file, then store all of it in one step, or nothing if anything in it has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the provider PDF report for a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the provider report (PDF) for the days FROM to TO inclusive: a one-page summary, then the daily table, the plan&apos;s revision history, the items with the highest means and other medications. The file is replaced atomically and readable by you only. Paper size follows the paper_size setting (auto: Letter in US/Canada/Mexico-style locales, else A4). With --plan-sheet it writes instead the one-page plan sheet: the current dose, the next steps, holds, who agreed the plan, the tolerance note and room for the provider&apos;s signature (no dates needed). The report speaks the app&apos;s language setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the period (required unless --plan-sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day of the period, inclusive (required unless --plan-sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the one-page plan sheet instead of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient name to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider name to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out the daily table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out the day notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: the paper_size setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report needs %1 (or use --plan-sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for %1 to %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sheet written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>logged on %1 of %n day(s); at or below plan on %2 of %3 logged days with a plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>above plan on %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>logged on %1 of %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %1 of %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial check-in(s) not plotted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) already hold data (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Taper Desktop cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing in it was changed. Check that the folder exists and that you may write to it (and that the disk is not full), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop is already open with this data folder; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop is already open with the data folder %1 but did not answer. Switch to that window; a second copy could damage your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed (%2). Please remove it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 (conventional band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 MME/day*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, day %1 of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>short for Plan change in a narrow calendar cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your &amp;taper plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No taper plan yet.&lt;/b&gt; Set up the plan you agreed with your provider to see it here day by day. You can log doses on any day meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold from %1 was cancelled before any day was held; the steps go on as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps resumed: held %1 to %2 (%3); later steps moved on by as many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps paused from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use steps (hold)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>short for Plan in a narrow calendar cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>short for Took in a narrow calendar cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <comment>short for Step in a narrow calendar cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <comment>short for Visit in a narrow calendar cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan histor&amp;y...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot: SOWS total and its conventional band (the stronger the dot, the higher). Keys: arrows, Page Up/Down, Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move a day or a week, Page Up/Down a month, Home today, Enter opens the day. SOWS-Gossop totals are named and have no bands. Small marks at the top right: a flag (flagged for your provider), a sheet (a note), a pencil (a check-in typed but not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change p&amp;lan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, steps paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date moves once you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;A plan to confirm with your provider.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Change plan to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new plan revision takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doses not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note, no symptoms rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in partly answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned dose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check-in draft not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 &amp;weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal scale shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Reading your diary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends of your symptoms against your dose steps will show here once you have saved a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move in time, scroll to zoom; point at a day (or use the arrow keys) to see its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean total after each dose cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean total after a cut, in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInFooter</name>
    <message>
        <source>Scale total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to what is saved for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: not answered yet (0 of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: incomplete (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 (conventional band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total needs every item; you can still save, and it is kept as partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands are conventional, not validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a note, no symptoms rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · partial (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · changes not saved yet (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Future days cannot be filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: answer an item or write a note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1 as a note: no symptoms rated, so it does not count as a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in for %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in for %1 saved as partial.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra symptoms (kept apart from the scale total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track extra symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medications taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this day for my pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this day for my provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: symptoms reported with kratom but absent from SOWS (Singh et al. 2014; Smith et al. 2022), scored 0-4, kept apart from the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0 to %1 to answer and move on; Backspace makes it blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomStepsBox</name>
    <message>
        <source>Custom steps (date and new daily dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected custom step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom steps problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date must be YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type the dose (0 to stop).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message>
        <source>Values of the day pointed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold (steps paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step to %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of the step down to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, no symptoms rated (not a check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: partial check-in, %2 of %3 items answered (no total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(conventional band: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving, pain, sleep quality, mood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest items: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this day&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Flagged for your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the unsaved check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 MME/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partly answered (%2 of %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 (conventional band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chec&amp;k-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taper plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the plan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps paused (hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose changes today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan revision takes effect today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, no symptoms rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be filled in on the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <source>DELETE</source>
        <comment>the word typed to confirm deleting all data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes everything Taper Desktop keeps on this computer: your plan, doses, check-ins, notes, drafts, the names typed for reports and all backups, in %1. It cannot be undone. Consider exporting a copy first (File &gt; Export data).

Taper Desktop then quits. To go ahead, type %2 below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseBox</name>
    <message>
        <source>Doses taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as &amp;planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the planned dose for this day in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses taken this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 above the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no planned dose for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned dose is already logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a taper plan to log doses: each dose is kept in the unit of its substance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cancelled; the dose is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved; the amount is still there to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dose in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseStrip</name>
    <message>
        <source>Planned dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as &amp;planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the planned dose as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose time (optional, HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. 24-hour time, for example 08:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log this dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taper plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned dose for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · day %1 of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &apos;%1&apos; is not HH:MM, for example 08:30. Nothing was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged; the amount is still there to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a taper plan in the Taper calendar tab to log doses here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no planned dose for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned dose is already logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose was not logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount taken first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the unsaved check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the draft notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: the check-in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more day has a draft (marked in the calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and 1 more day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirDialog</name>
    <message>
        <source>Export for a clinic system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FHIR R4 file that a clinic&apos;s record system can read: your check-ins, doses, visits and your taper plan. It is saved only where you choose; give it to your clinic the way they ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is the only personal detail in the file; leave it empty to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the clinic file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldBanner</name>
    <message>
        <source>Suggestion about a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ord a hold from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hold from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses the steps from today until you end the hold; later steps move on by the days held. Plan to confirm with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hold recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold from today is recorded; the steps pause until you end it. Plan to confirm with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Pause the steps (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold keeps the current dose and moves every later step back by the days held. Consider discussing a hold with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First held day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last held day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last held day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncreaseBox</name>
    <message>
        <source>This plan raises the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My provider agreed to this &amp;increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My provider agreed to this increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the provider who agreed the increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose increase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the dose rises from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An increase is saved only when your provider agreed it; their name is kept with this revision and shown in the plan history and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the provider who agreed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box only if your provider agreed this increase, and type their name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PDF summary to bring to your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;chart as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as shown to an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;plan sheet (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page of the plan ahead, to pin up or show a pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a clinic &amp;system (FHIR)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your diary in the format clinic record systems read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cale&amp;ndar (iCalendar)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the step days, holds and appointments for your calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: remind the e&amp;vening before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported calendars get a reminder at 20:00 the evening before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a daily backup copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a complete copy of your data where you choose, a USB stick for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a backup copy saved anywhere; it is checked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide your diary until the passphrase is typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all my data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check-in shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Taper Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresBox</name>
    <message>
        <source>0 none – 10 strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none – 10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in half hours, e.g. 6.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 very poor – 10 very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 very low – 10 very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this note for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note for this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherMedsBox</name>
    <message>
        <source>None added for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medication amount (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medication unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medication time (optional, HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the medication&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>Problem with the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving adds a new revision. The current plan stays in the history and days before the date in force keep the schedule they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields give the plan already in force. Change the dose, the rule, the pace or the dated steps to save a new revision. To pause the steps, use Pause steps (hold) in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the substance&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit, e.g. mg or tablets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target dose (0 to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number of days, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mg or tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before this date keep the schedule they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional: a percentage of the most recent dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear: the same amount each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: dated steps from a paper schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start dose per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the start dose comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round doses to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest amount you can measure: scale resolution, half tablet, mL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to stop, or the dose the taper ends at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. slower steps agreed at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Dr. Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from your plan: %1 is planned for %2. Change it only if your provider agreed another dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dose agreed with your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1 (to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step removes a fixed share of the most recent dose, so steps shrink as the dose falls (Horowitz &amp; Taylor, Lancet Psychiatry 2019). That paper is about antidepressants; applying it to opioids or kratom is your provider&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step removes the same amount, so the last steps are a large share of what is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Plan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered something wrongly? Select the revision or hold, then correct or withdraw it. Nothing is erased: the original stays here, marked as withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of the plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct revision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw revision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds (steps paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First held day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last held day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct hold...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw hold...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force until %1, then replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: %1. The revision is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected. The revision from %1 is kept in the list as withdrawn on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revision in force from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: %1. The hold is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected. The hold from %1 is kept in the list as withdrawn on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hold from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn; it stays in the list, marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a hold entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>&amp;Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Taper Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper Desktop is still running here, so the daily reminder can appear. Click this icon to open it again; quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet today. It takes under a minute when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday has no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total (0-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dose (%1/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily total (complete check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mean (at least 4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morphine milligram equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported data. Severity bands are conventional, not validated. This summary is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut %1% of the most recent dose every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut %1 every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom steps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, %2, measured to %3, target %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increase from %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taper plan is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan starts %1, after this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1/day&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 MME/day, CDC 2022 table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced since plan start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (from %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced over period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (planned %2 at the start, %3 at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of this step, %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold since %1 with no end date: later steps wait until the hold ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next planned step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further step scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and logged doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none logged in this period (0 of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 complete, %2 partial: a partial check-in has no total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a note and no symptom rated (not counted as check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with neither a dose nor a check-in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every day has a dose or a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more (see daily table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symptom check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scales were used in this period; their totals are never combined and are shown separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean total %1, highest %2 (range 0-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps in the line: %1 without a complete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dotted lines: conventional band limits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means over the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the days recorded (n = days with a value); not-logged days are left out. The period is shorter than two weeks, so first and last weeks are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week and last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the days recorded (n = days with a value); not-logged days are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, no end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 total %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(note, no symptoms rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partial check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more, highlighted in the daily table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day was flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS at visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds, flagged days and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day in this period has a dose or a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
total
(0-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep h /
quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank or –: not recorded that day. &quot;partial&quot;: some scale items were left unanswered, so there is no total. &quot;note&quot;: a note with no symptom rated, not a check-in. Shaded planned dose: the plan was on hold. Highlighted rows were flagged for the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scales were used in this period: each has its own total column (SOWS 0-64, SOWS-Gossop 0-30); their totals are never combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cut short with … are printed in full under &quot;Notes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds pause the plan clock: every later step moves by the hold&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with the highest mean scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scale items were answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra (not in total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale items in this report are a translation that has not been validated; the published scales are in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales, sources and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical Opiate Withdrawal Scale (COWS)&lt;/b&gt;, recorded as given by a clinician, never computed by the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;7-day mean&lt;/b&gt;: mean of the complete totals in the 7 days ending that day, drawn when at least 4 are present. Partial check-ins have no total and are left out of every mean of the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;At or below plan&lt;/b&gt;: the day&apos;s logged doses add up to no more than the planned dose. Planned doses come from the rule agreed with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper summary for the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported diary kept with Taper Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses and no check-ins were logged from %1 to %2: all %3 are missing. There is nothing to summarise for these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported taper diary summary for a provider visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan to confirm with your provider: the dates come from the rule agreed with them. This sheet does not prescribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan starts on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (since %1, day %2 of this step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; on hold since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was reached on %1. No further step is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further step is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is on hold with no end date, so the steps have no dates yet: each is counted from the day the hold ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the hold ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1, reaching the target of %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step reaches the target %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold with no end date stops the dates: later steps move when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds so far. A hold pauses the steps; every later step moves by its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1%2, no end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As agreed with the provider · printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taper plan is recorded yet. Set one up with your provider in the Taper calendar, then print this sheet again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; revision in force from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the dates below follow the one in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3), Recommendations 5 and 8; SAMHSA Opioid Overdose Prevention Toolkit 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with the provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF summary of your diary to bring to your provider. It is saved only where you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;daily table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the daily table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a copy to go back to. Your current data is saved as a backup first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily and weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. A backup is made each day the first time you open Taper Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNotes</name>
    <message>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleRows</name>
    <message>
        <source>How do you feel &lt;b&gt;now&lt;/b&gt;? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each symptom. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number to answer and move on; leave an item blank if you would rather not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MME/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cuts %1% because of rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <source>Proposed schedule: a plan to confirm with your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps made larger by rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the last dose lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule appears here once the fields marked on the left are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end: %1 (about %2 weeks), if every step goes as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps are paused by an open hold; the end date moves once you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps do not reach the target dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Rounding to %1 makes these steps cut more than twice %2%: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dose before the stop, %1, lasts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dose before the target, %1, lasts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cut: %1% of the start dose per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is faster than 10% per week. The CDC 2022 opioid guideline (Recommendation 5) calls 10% per week a faster option for people who have used opioids for weeks to months, and says 10% per month is better tolerated after a year or more. Consider discussing the pace with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything Taper Desktop keeps on this computer. You will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the reminder cannot appear while Taper Desktop is closed. It will remind you the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Taper Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitBox</name>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician COWS total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-48, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a total your clinician gave you (Clinical Opiate Withdrawal Scale, Wesson &amp; Ling 2003). The app does not compute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add appoi&amp;ntment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; COWS %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS total: %1 is not a whole number from 0 to 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This app keeps the taper plan you agreed with your provider, a daily symptom check-in that takes under a minute, and charts of how you are doing. Before a visit it can print a summary to bring along.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It records and summarizes; it does not give medical advice.&lt;/b&gt; It does not diagnose or prescribe. Any schedule it shows is a plan to confirm with your provider.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. The app never uses the network, and it exports or prints only when you ask.&lt;/p&gt;&lt;p&gt;In an emergency, call your local emergency number.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect my diary with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my diary with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the diary on this computer; you choose the passphrase next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts your diary on this computer, so that anyone who can read your files cannot read it. You can also do this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up my taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plan you agreed with your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later, go to today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, go to today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>%1: cannot write there (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>the row has %1 cells; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this date is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be the Taper Desktop day-table columns; column %1 should be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected extra column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number (with a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 (leave it blank if not logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit is needed with dose_taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument is blank (no check-in) but this check-in column is filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 columns may be filled on a %1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number 0-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a total is given but not every item is answered; leave the total blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the items, which add up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to nothing in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not part of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Taper Desktop data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Taper Desktop (format version %1; this version reads %2). Please update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkins[%1] has the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan needs at least one revision not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan needs at least one revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be SOWS or SOWS-Gossop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be an object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (value %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different taper plan is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dose rises on %2 from %3 to %4; kept, marked &quot;agreement not recorded&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; kept as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; the largest file that can be imported is %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (&quot;CSV UTF-8&quot; in most spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); it is not a text export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_rules</name>
    <message>
        <source>The rounding step must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounding step (%1) must be smaller than the start dose (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start dose (%1) is not a multiple of the rounding step (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start dose must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (%1) must be below the start dose (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (%1) must be 0 or a multiple of the rounding step (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percent per step must be above 0 and at most 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount per step must be greater than 0 and at most the start dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the step size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number of days, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps are too small to reach the target within %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one dated step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step on %1: dates must be in order, one step per date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step on %1: date it after the day the plan takes effect (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step on %1: the dose cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step on %1: %2 is not a multiple of the rounding step (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step on %1: %2 is below the target (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose rises on %1 from %2 to %3. Confirm below that your provider agreed this increase, with their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change cannot start before the plan itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hold overlaps the hold from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s start dose (%1) is not a multiple of its rounding step (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s rounding step (%1) is not smaller than its start dose (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s target (%1) is not a multiple of its rounding step (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increase from %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed with %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>If you are struggling, contact your provider. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOWS bands are conventional, not validated (SOWS: Handelsman et al., Am J Drug Alcohol Abuse 1987).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SOWS total today is %1, in the conventional severe band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SOWS total on %1 was %2, in the conventional severe band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the highest %1 total you have recorded since your plan began (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated &quot;I feel like using now&quot; at its strongest (%1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated craving at its strongest (%1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned dose, %1, is at or below a quarter of the plan&apos;s first start dose (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan reaches its target today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance falls during a taper. A dose you used to take can now cause an overdose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep naloxone at hand and tell someone close to you where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: CDC 2022 opioid guideline, Recommendations 5 and 8 (MMWR Recomm Rep 2022;71(3)); SAMHSA Opioid Overdose Prevention Toolkit 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your mean %1 total over the last %n day(s) is %3, up from %4 in the week before the step on %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mean %1 total over the last %n day(s) is %3; in the week before the step on %4 it was %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals recorded on %1 of the last %n day(s) and on %3 of the 7 days before the step.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too few totals were recorded in the week before the step on %1 to compare (%2 of 7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SOWS total was in the conventional severe band two days in a row: %1 (%2) and %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider discussing a hold with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scales</name>
    <message>
        <source>Subjective Opiate Withdrawal Scale (SOWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yawning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes tearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nose running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gooseflesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot flashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold flashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bones and muscles ache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nauseous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel like vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stomach cramps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel like using now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel like yawning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am perspiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My eyes are tearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My nose is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have goose flesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am shaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have hot flashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have cold flashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bones and muscles ache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel nauseous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel like vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My muscles twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have cramps in my stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel like using now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite a bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands are conventional, not validated. SOWS is validated for opioid withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOWS is an opioid withdrawal scale: it has not been validated for kratom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short Opiate Withdrawal Scale (SOWS-Gossop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle spasms or twitching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart pounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscular tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aches and pains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runny eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOWS-Gossop has no severity bands: the app shows your own numbers and comparisons only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOWS-Gossop is an opioid withdrawal scale: it has not been validated for kratom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decreased appetite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irritability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the mild band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Follow the computer&apos;s locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM. A check-in before this time belongs to the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOWS (16 items, 0-4) or SOWS-Gossop (10 items, 0-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far symptoms rise above the level before the last step before a hold is suggested for discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS-Gossop points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet reminder when the day has no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, 24-hour clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the text of Taper Desktop larger than the system&apos;s, from 100% to 200%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window and the report. A change takes effect when Taper Desktop next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the diary is protected with a passphrase, the window locks after this many minutes without use. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the reminder running; quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Taper Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the backup %1 cannot be restored: it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable (%1 is not a plain database: it is damaged, or encrypted with a key this diary does not have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable (%1 is not encrypted, unlike this diary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a newer version of Taper Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Taper Desktop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still exists; set it aside first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted; it opens with its passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Taper Desktop database: it is damaged, or it is encrypted and its key file %2 is missing from %3. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not open with this key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Taper Desktop database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary in %1 is protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not Taper Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Taper Desktop (schema version %2; this version reads up to %3). Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary is not protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 does not open the diary in %2; it may come from another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new copy %1 does not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be converted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary is already protected with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase or recovery code is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 belongs to another diary, not to %2; put back the key file that was made with this diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is missing from %2; without it the encrypted diary cannot be opened. Nothing was changed. If you have a copy of %1, put it back in that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is damaged (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>substances</name>
    <message>
        <source>MME (CDC 2022 table) estimates risk only: it is not for converting between drugs and not for opioid use disorder dosing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kratom leaf powder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kratom capsules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kratom extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fentanyl transdermal patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrocodone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydromorphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methadone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morphine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxycodone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxymorphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapentadol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tramadol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buprenorphine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message numerus="yes">
        <source>%1 capsule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tablet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>&apos;%1&apos; is not a time in HH:MM (00:00-23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not come yet; a dose can be logged for today (%2) or an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &apos;%1&apos; is not one of percent, linear, custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start dose %1 must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding step %1 must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding step %1 must be smaller than the start dose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start dose %1 is not a multiple of the rounding step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 must be below the start dose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 is not 0 or a multiple of the rounding step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step interval %1 must be a whole number of days, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step size is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent per step %1 must be greater than 0 and at most 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount per step %1 must be greater than 0 and at most the start dose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule does not reach the target within %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom plan needs at least one dated step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom step %1: steps must be dated in order, one per date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom step %1 must be dated after the effective date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom step %1: dose %2 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom step %1: dose %2 is not a multiple of the rounding step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom step %1: dose %2 is below the target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dose rises on %1 from %2 to %3; an increase needs the name of the provider who agreed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change cannot take effect on %1, before the plan itself starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hold from %1 ends before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hold from %1 overlaps the hold from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan rule is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item &apos;%2&apos;: score %3 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item &apos;%2&apos;: score %3 is outside 0-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instrument &apos;%1&apos;; expected SOWS or SOWS-Gossop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS total %1 is outside 0-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a multiple of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown extra symptom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra symptom %1: score %2 is outside 0-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose amount %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose amount %1 must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose unit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no planned dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned dose for %1 is already logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that hold no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hold cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that revision no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that revision was already withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that hold was already withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s only revision cannot be withdrawn; correct it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication amount must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COWS total %1 must be a whole number 0-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 substance has no MME factor (CDC 2022 table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MME factor of the CDC 2022 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CDC 2022 factor for %1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
