<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Craving</source>
        <translation>Ansia de consumir</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>conventional: %s</source>
        <translation type="vanished">convencional: %s</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; no es un número finito</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; no es un número entero de días</translation>
    </message>
    <message>
        <source>print a proposed taper schedule</source>
        <translation>mostrar un calendario de reducción propuesto</translation>
    </message>
    <message>
        <source>Print the schedule a taper rule gives: the start, each day the rounded dose changes, and the target. A plan to confirm with your provider.</source>
        <translation>Muestra el calendario que da una regla de reducción: el inicio, cada día en que cambia la dosis redondeada y el objetivo. Es un plan para confirmar con su profesional de salud.</translation>
    </message>
    <message>
        <source>start dose per day</source>
        <translation>dosis inicial por día</translation>
    </message>
    <message>
        <source>dose unit, e.g. g, mg, mL</source>
        <translation>unidad de la dosis, p. ej. g, mg, mL</translation>
    </message>
    <message>
        <source>percent: each step removes STEP%% of the most recent dose; linear: each step removes STEP units</source>
        <translation>percent: cada escalón quita un STEP%% de la dosis más reciente; linear: cada escalón quita STEP unidades</translation>
    </message>
    <message>
        <source>percent per step (0-50] or amount per step</source>
        <translation>porcentaje por escalón (0-50] o cantidad por escalón</translation>
    </message>
    <message>
        <source>days between steps (at least 1)</source>
        <translation>días entre escalones (al menos 1)</translation>
    </message>
    <message>
        <source>date of the start dose</source>
        <translation>fecha de la dosis inicial</translation>
    </message>
    <message>
        <source>round every dose to a multiple of R, ties to the lower dose (default 0.1)</source>
        <translation>redondear cada dosis a un múltiplo de R; en caso de empate, a la dosis menor (por defecto 0.1)</translation>
    </message>
    <message>
        <source>the dose the taper ends at (default 0)</source>
        <translation>la dosis con la que termina la reducción (por defecto 0)</translation>
    </message>
    <message>
        <source>one JSON object per line: date, dose, unit</source>
        <translation>un objeto JSON por línea: date, dose, unit</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>--unit must not be empty</source>
        <translation>--unit no puede estar vacío</translation>
    </message>
    <message>
        <source>the numbers are too large to make a schedule</source>
        <translation>los números son demasiado grandes para hacer un calendario</translation>
    </message>
    <message>
        <source>Proposed schedule, a plan to confirm with your provider.</source>
        <translation>Calendario propuesto, un plan para confirmar con su profesional de salud.</translation>
    </message>
    <message>
        <source>%1% of the most recent dose</source>
        <translation>un %1 % de la dosis más reciente</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) remove %1; doses rounded to %2; target %3.</source>
        <translation>
            <numerusform>Cada %n día, quitar %1; dosis redondeadas a %2; objetivo %3.</numerusform>
            <numerusform>Cada %n días, quitar %1; dosis redondeadas a %2; objetivo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose (%1)</source>
        <translation>Dosis (%1)</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>mean of 2 or more cuts</source>
        <translation>media de 2 o más reducciones</translation>
    </message>
    <message>
        <source>each cut, until the next</source>
        <translation>cada reducción, hasta la siguiente</translation>
    </message>
    <message>
        <source>No dose cut with check-ins after it yet.</source>
        <translation>Todavía no hay ninguna reducción de dosis con registros diarios después.</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>el día %1</translation>
    </message>
    <message>
        <source>highest %1</source>
        <translation>máximo %1</translation>
    </message>
    <message>
        <source>Mean %1 total after a cut: %2.</source>
        <translation>Total medio de %1 tras una reducción: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 total, %n cut(s)</source>
        <translation>
            <numerusform>%1 total, %n reducción</numerusform>
            <numerusform>%1 total, %n reducciones</numerusform>
        </translation>
    </message>
    <message>
        <source>day of the step (the step day is day 1)</source>
        <translation>día del escalón (el día del escalón es el día 1)</translation>
    </message>
    <message>
        <source>on day 1 (the day of the cut)</source>
        <translation>el día 1 (el día de la reducción)</translation>
    </message>
    <message>
        <source>(highest)</source>
        <translation>(el más alto)</translation>
    </message>
    <message>
        <source>%s total, 1 cut</source>
        <translation type="vanished">Total %s, 1 reducción</translation>
    </message>
    <message>
        <source>%s total, %d cuts</source>
        <translation type="vanished">Total %s, %d reducciones</translation>
    </message>
    <message>
        <source>custom: %d dated steps</source>
        <translation type="vanished">personalizado: %d escalones con fecha</translation>
    </message>
    <message>
        <source>%s every %d days, rounded to %s %s</source>
        <translation type="vanished">%s cada %d días, redondeado a %s %s</translation>
    </message>
    <message numerus="yes">
        <source>custom: %n dated step(s)</source>
        <translation>
            <numerusform>personalizado: %n escalón con fecha</numerusform>
            <numerusform>personalizado: %n escalones con fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 every %n day(s), rounded to %2</source>
        <translation>
            <numerusform>%1 cada %n día, redondeado a %2</numerusform>
            <numerusform>%1 cada %n días, redondeado a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation>¿Retirar?</translation>
    </message>
    <message>
        <source>Withdraw %1 as entered in error? It leaves the schedule but stays in the history, marked as withdrawn today.</source>
        <translation>¿Retirar %1 por haberse introducido por error? Sale del plan, pero queda en el historial marcada como retirada hoy.</translation>
    </message>
    <message>
        <source>Correct a revision entered in error</source>
        <translation>Corregir una revisión introducida por error</translation>
    </message>
    <message>
        <source>Saving withdraws the revision shown (the history keeps it, marked as entered in error) and puts this correction in its place. Every plan rule applies to the correction.</source>
        <translation>Al guardar se retira la revisión mostrada (el historial la conserva, marcada como error) y esta corrección ocupa su lugar. Todas las reglas del plan se aplican a la corrección.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message numerus="yes">
        <source>The file has entries for %n day(s) that already have entries in your diary.</source>
        <translation>
            <numerusform>El archivo tiene datos de %n día(s) que ya tienen datos en su diario.</numerusform>
            <numerusform>El archivo tiene datos de %n día(s) que ya tienen datos en su diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file also has a taper plan that differs from yours.</source>
        <translation>El archivo también tiene un plan de reducción distinto del suyo.</translation>
    </message>
    <message>
        <source>Keep yours and add only the new days, or let the file&apos;s entries replace yours? A backup is made before anything is replaced.</source>
        <translation>¿Conserva los suyos y añade solo los días nuevos, o deja que los datos del archivo sustituyan a los suyos? Antes de sustituir nada se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar los míos</translation>
    </message>
    <message>
        <source>&amp;Replace with the file&apos;s</source>
        <translation>&amp;Sustituir por los del archivo</translation>
    </message>
    <message>
        <source>Keep my entries</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Replace my entries with the file&apos;s</source>
        <translation>Sustituir mis datos por los del archivo</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Nothing was imported: the file needs a fix first. Your diary is unchanged.</source>
        <translation>No se importó nada: primero hay que corregir el archivo. Su diario no ha cambiado.</translation>
    </message>
    <message>
        <source>One problem was found in %1:</source>
        <translation>Se encontró un problema en %1:</translation>
    </message>
    <message>
        <source>%2 problems were found in %1. Each is listed with its line and column:</source>
        <translation>Se encontraron %2 problemas en %1. Cada uno aparece con su línea y columna:</translation>
    </message>
    <message>
        <source>%2 problems were found in %1. The first %3 are listed with their line and column; often one fix (a column in the wrong format) solves many:</source>
        <translation>Se encontraron %2 problemas en %1. Los primeros %3 aparecen con su línea y columna; a menudo una sola corrección (una columna con un formato equivocado) resuelve muchos:</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n día a %1.</numerusform>
            <numerusform>Se exportaron %n días a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting your data...</source>
        <translation>Exportando sus datos...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Import cancelled. Your diary is unchanged.</source>
        <translation>Importación cancelada. Su diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3.</source>
        <translation>Importado: %1; %2, %3.</translation>
    </message>
    <message>
        <source>when the file has data for days that already hold data: skip keeps what is stored, replace takes the file&apos;s rows (a backup is made first). Without it such an import is refused.</source>
        <translation>cuando el archivo trae datos de días que ya tienen datos: skip conserva lo guardado, replace toma las filas del archivo (antes se hace una copia de seguridad). Sin esta opción, esa importación se rechaza.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportación en %2: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported. Use --on-conflict skip to keep them or --on-conflict replace to take the file&apos;s</source>
        <translation>%1: %2; no se importó nada. Use --on-conflict skip para conservarlos o --on-conflict replace para tomar los del archivo</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; no se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3, %4</source>
        <translation>Importado de %2: %1, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n registro más</numerusform>
            <numerusform>%n registros más</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the stored data for %1.</source>
        <translation>Se conservaron los datos guardados de %1.</translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation>Reemplazados: %1.</translation>
    </message>
    <message>
        <source>A copy from before the import is in %1.</source>
        <translation>Hay una copia de antes de la importación en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n dose increase(s) with no provider&apos;s name, kept and marked &quot;agreement not recorded&quot;.</source>
        <translation>
            <numerusform>%n aumento de dosis sin el nombre del profesional, conservado y marcado como &quot;acuerdo no registrado&quot;.</numerusform>
            <numerusform>%n aumentos de dosis sin el nombre del profesional, conservados y marcados como &quot;acuerdo no registrado&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan rule(s) broken by the file&apos;s plan, kept as it was and marked in the calendar.</source>
        <translation>
            <numerusform>%n regla del plan incumplida por el plan del archivo, que se conservó tal cual y se marcó en el calendario.</numerusform>
            <numerusform>%n reglas del plan incumplidas por el plan del archivo, que se conservó tal cual y se marcó en el calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill an EMPTY data folder with a demo taper</source>
        <translation>llenar una carpeta de datos VACÍA con una reducción de demostración</translation>
    </message>
    <message numerus="yes">
        <source>Fill an empty data folder with %n days of a realistic kratom taper (8 g/day, steps every 7 days, one hold, a few days not logged). Refuses a folder that already holds data.</source>
        <translation>
            <numerusform>Llena una carpeta de datos vacía con %n día de una reducción de kratom realista (8 g/día, escalones cada 7 días, una pausa, algunos días sin registrar). Rechaza una carpeta que ya tiene datos.</numerusform>
            <numerusform>Llena una carpeta de datos vacía con %n días de una reducción de kratom realista (8 g/día, escalones cada 7 días, una pausa, algunos días sin registrar). Rechaza una carpeta que ya tiene datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds data; demo only fills an empty data folder (use --data-dir to choose another)</source>
        <translation>%1 ya tiene datos; demo solo llena una carpeta de datos vacía (use --data-dir para elegir otra)</translation>
    </message>
    <message>
        <source>Demo taper written to %1: %2, %3, %4, %5.</source>
        <translation>Reducción de demostración guardada en %1: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro diario</numerusform>
            <numerusform>%n registros diarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n dosis</numerusform>
            <numerusform>%n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept your entries for %n day(s).</source>
        <translation>
            <numerusform>Se conservaron sus datos de %n día.</numerusform>
            <numerusform>Se conservaron sus datos de %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n day(s); the earlier version is saved as a backup.</source>
        <translation>
            <numerusform>Se sustituyó %n día; la versión anterior se guardó como copia de seguridad.</numerusform>
            <numerusform>Se sustituyeron %n días; la versión anterior se guardó como copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file...</source>
        <translation>Comprobando el archivo...</translation>
    </message>
    <message>
        <source>Exported %1 day(s) to %2.</source>
        <translation type="vanished">Se exportaron %1 día(s) a %2.</translation>
    </message>
    <message>
        <source>Exported everything to %1.</source>
        <translation>Se exportó todo a %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>A CSV holds each day&apos;s total dose only: a replaced day keeps one dose without a time.</source>
        <translation>Un CSV guarda solo la dosis total de cada día: un día sustituido conserva una sola dosis sin hora.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported %1 day(s): %2 check-in(s), %3 dose(s).</source>
        <translation type="vanished">Se importaron %1 día(s): %2 registro(s) diario(s), %3 dosis.</translation>
    </message>
    <message>
        <source>Kept your entries for %1 day(s).</source>
        <translation type="vanished">Se conservaron sus datos de %1 día(s).</translation>
    </message>
    <message>
        <source>Replaced %1 day(s); the earlier version is saved as a backup.</source>
        <translation type="vanished">Se sustituyeron %1 día(s); la versión anterior se guardó como copia de seguridad.</translation>
    </message>
    <message>
        <source>Your diary is encrypted, but its key file is missing from the data folder, so it cannot be opened. If you have a copy of the key file, put it back and start again.</source>
        <translation>Su diario está cifrado, pero falta su archivo de clave en la carpeta de datos, así que no se puede abrir. Si tiene una copia del archivo de clave, vuelva a ponerla y abra de nuevo la aplicación.</translation>
    </message>
    <message>
        <source>The diary file in the data folder belongs to another program, so Taper Desktop cannot use it.</source>
        <translation>El archivo del diario en la carpeta de datos pertenece a otro programa, así que Taper Desktop no puede usarlo.</translation>
    </message>
    <message>
        <source>Your diary file could not be opened. It may have been damaged, for example by a crash or a full disk.</source>
        <translation>No se pudo abrir el archivo de su diario. Puede haberse dañado, por ejemplo por un cierre inesperado o un disco lleno.</translation>
    </message>
    <message>
        <source>Nothing will be deleted: the file is kept, renamed, in the same folder.</source>
        <translation>No se borrará nada: el archivo se conserva, con otro nombre, en la misma carpeta.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2 check-ins, %3 doses).</source>
        <translation>La copia de seguridad buena más reciente es del %1 (%2 registros diarios, %3 dosis).</translation>
    </message>
    <message>
        <source>There is no usable backup.</source>
        <translation>No hay ninguna copia de seguridad utilizable.</translation>
    </message>
    <message>
        <source>Use the &amp;backup</source>
        <translation>Usar la &amp;copia de seguridad</translation>
    </message>
    <message>
        <source>Start from the newest good backup</source>
        <translation>Empezar desde la copia de seguridad buena más reciente</translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation>Empezar de &amp;cero</translation>
    </message>
    <message>
        <source>Start with an empty diary, keeping the damaged file</source>
        <translation>Empezar con un diario vacío, conservando el archivo dañado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Your diary file can be read but not saved to: the file or its folder is read-only. Taper Desktop closes so that nothing you enter is lost; the file is unchanged. Check the permissions of %1 and start again.</source>
        <translation>El archivo de su diario se puede leer pero no guardar: el archivo o su carpeta son de solo lectura. Taper Desktop se cierra para que no se pierda nada de lo que escriba; el archivo no ha cambiado. Revise los permisos de %1 y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Your diary was saved by a newer version of Taper Desktop. Please update the app to open it; the file is unchanged.</source>
        <translation>Su diario se guardó con una versión más nueva de Taper Desktop. Actualice la aplicación para abrirlo; el archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>Your diary continues from the backup of %1.</source>
        <translation>Su diario continúa desde la copia de seguridad del %1.</translation>
    </message>
    <message>
        <source>You start with an empty diary.</source>
        <translation>Empieza con un diario vacío.</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1, in %2.</source>
        <translation>El archivo que no se pudo abrir se conserva como %1, en %2.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is saved.</source>
        <translation>La copia de seguridad de hoy está guardada.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Taper Desktop charts: %1 to %2</source>
        <translation>Gráficos de Taper Desktop: del %1 al %2</translation>
    </message>
    <message>
        <source>There is no chart to export yet. Charts appear once a check-in is saved.</source>
        <translation>Todavía no hay ningún gráfico que exportar. Los gráficos aparecen en cuanto se guarda un registro diario.</translation>
    </message>
    <message>
        <source>Go back to the copy from %1 (%2 check-ins, %3 doses)? Your current data is saved as a backup first.</source>
        <translation type="vanished">¿Volver a la copia del %1 (%2 registros diarios, %3 dosis)? Antes se guarda una copia de seguridad de sus datos actuales.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>check integrity, schema version, counts</source>
        <translation>comprobar integridad, versión del esquema, recuentos</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity check, schema version, whether it is encrypted (and the SQLCipher version) and how many records of each kind it holds.</source>
        <translation>Comprueba la base de datos: verificación de integridad de SQLite, versión del esquema, si está cifrada (y la versión de SQLCipher) y cuántos registros de cada tipo contiene.</translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2</source>
        <translation>%1: la verificación de integridad falló: %2</translation>
    </message>
    <message>
        <source>database:</source>
        <translation>base de datos:</translation>
    </message>
    <message>
        <source>integrity:</source>
        <translation>integridad:</translation>
    </message>
    <message>
        <source>encrypted:</source>
        <translation>cifrada:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>schema version:</source>
        <translation>versión del esquema:</translation>
    </message>
    <message>
        <source>%1 (this app: %2)</source>
        <translation>%1 (esta aplicación: %2)</translation>
    </message>
    <message>
        <source>days covered:</source>
        <translation>días cubiertos:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>substances:</source>
        <translation>sustancias:</translation>
    </message>
    <message>
        <source>plans:</source>
        <translation>planes:</translation>
    </message>
    <message>
        <source>plan revisions:</source>
        <translation>revisiones del plan:</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>pausas:</translation>
    </message>
    <message>
        <source>doses:</source>
        <translation>dosis:</translation>
    </message>
    <message>
        <source>check-ins:</source>
        <translation>registros diarios:</translation>
    </message>
    <message>
        <source>extra symptom scores:</source>
        <translation>puntuaciones de síntomas extra:</translation>
    </message>
    <message>
        <source>other medications:</source>
        <translation>otros medicamentos:</translation>
    </message>
    <message>
        <source>appointments:</source>
        <translation>citas:</translation>
    </message>
    <message>
        <source>COWS totals:</source>
        <translation>totales COWS:</translation>
    </message>
    <message>
        <source>drafts:</source>
        <translation>borradores:</translation>
    </message>
    <message>
        <source>Replace everything in Taper Desktop with the copy from %1?</source>
        <translation>¿Sustituir todo lo de Taper Desktop por la copia del %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n plan revision(s)</source>
        <translation>
            <numerusform>%n revisión del plan</numerusform>
            <numerusform>%n revisiones del plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the clinic file</source>
        <translation>Guardar el archivo para la clínica</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>Archivos FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Clinic file saved to %1 (%2).</source>
        <translation>Archivo para la clínica guardado en %1 (%2).</translation>
    </message>
    <message>
        <source>Saving the clinic file...</source>
        <translation>Guardando el archivo para la clínica...</translation>
    </message>
    <message>
        <source>The clinic file was not saved: %1</source>
        <translation>El archivo para la clínica no se guardó: %1</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to %1: %2, %3, %4. Import it into your calendar app.</source>
        <translation>Calendario guardado en %1: %2, %3, %4. Impórtelo en su aplicación de calendario.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n escalón</numerusform>
            <numerusform>%n escalones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>export the taper steps, holds and appointments as a calendar file (.ics)</source>
        <translation>exportar los escalones de la reducción, las pausas y las citas como archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>Write an iCalendar file for the calendar you already use: an all-day event on each taper step day (&quot;Taper step: 3.1 g to 2.9 g&quot;), holds as multi-day events, appointments at their local time with the time zone. Event UIDs are stable, so importing a newer file updates the events, also after a plan revision. The file is replaced atomically and readable by you only.</source>
        <translation>Escribe un archivo iCalendar para el calendario que ya usa: un evento de día completo en cada día de escalón (&quot;Taper step: 3.1 g to 2.9 g&quot;), las pausas como eventos de varios días y las citas a su hora local con la zona horaria. Los UID de los eventos son estables, así que importar un archivo más nuevo actualiza los eventos, también después de una revisión del plan. El archivo se reemplaza de forma atómica y solo usted puede leerlo.</translation>
    </message>
    <message>
        <source>add a reminder at 20:00 the evening before each step</source>
        <translation>añadir un recordatorio a las 20:00 la tarde antes de cada escalón</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%n taper step(s)</source>
        <translation>
            <numerusform>%n escalón de reducción</numerusform>
            <numerusform>%n escalones de reducción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the calendar file...</source>
        <translation>Guardando el archivo de calendario...</translation>
    </message>
    <message>
        <source>The calendar file was not saved: %1</source>
        <translation>El archivo de calendario no se guardó: %1</translation>
    </message>
    <message>
        <source>Save the plan sheet</source>
        <translation>Guardar la hoja del plan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plan sheet saved to %1</source>
        <translation>Hoja del plan guardada en %1</translation>
    </message>
    <message>
        <source>Plan sheet saved to %1. It could not be opened here: open it from your file manager.</source>
        <translation>Hoja del plan guardada en %1. No se pudo abrir aquí: ábrala desde su gestor de archivos.</translation>
    </message>
    <message>
        <source>Writing the plan sheet...</source>
        <translation>Creando la hoja del plan...</translation>
    </message>
    <message>
        <source>The plan sheet was not saved: %1</source>
        <translation>La hoja del plan no se guardó: %1</translation>
    </message>
    <message>
        <source>A restore replaces all of it: check-ins and notes, doses, the plan and its history, holds, other medications, appointments, COWS totals, unsaved drafts and your settings.</source>
        <translation>Una restauración lo sustituye todo: registros diarios y notas, dosis, el plan y su historial, pausas, otros medicamentos, citas, totales COWS, borradores sin guardar y su configuración.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>In the copy: %1.</source>
        <translation>En la copia: %1.</translation>
    </message>
    <message>
        <source>These settings change back:</source>
        <translation>Estos ajustes vuelven a su valor anterior:</translation>
    </message>
    <message>
        <source>%1: %2 (now %3)</source>
        <translation>%1: %2 (ahora %3)</translation>
    </message>
    <message>
        <source>Your settings are the same in the copy.</source>
        <translation>Su configuración es la misma en la copia.</translation>
    </message>
    <message>
        <source>Your current data is saved as a backup first, so you can come back to it.</source>
        <translation>Antes se guarda una copia de seguridad de sus datos actuales, para que pueda volver a ellos.</translation>
    </message>
    <message>
        <source>Nothing was restored; your data is unchanged. %1</source>
        <translation>No se restauró nada; sus datos no han cambiado. %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>The backup was not restored; your data is unchanged. %1</source>
        <translation>No se restauró la copia de seguridad; sus datos no han cambiado. %1</translation>
    </message>
    <message>
        <source>Restored the copy from %1. Your data from before is in %2.</source>
        <translation>Se restauró la copia del %1. Sus datos anteriores están en %2.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Taper Desktop backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de seguridad de Taper Desktop (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is %2. Nothing was changed.</source>
        <translation type="vanished">No se puede restaurar %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Taper Desktop backups (*.sqlite3)</source>
        <translation>Copias de seguridad de Taper Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>No se hizo la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup saved to %1. Restore from a file takes it back.</source>
        <translation>Copia de seguridad guardada en %1. Con «Restaurar desde un archivo» puede volver a ella.</translation>
    </message>
    <message>
        <source>Cancel the hold?</source>
        <translation>¿Cancelar la pausa?</translation>
    </message>
    <message>
        <source>The hold from %1 has not held any day yet. Cancel it? The steps then go on as planned; the plan history keeps it, marked as cancelled.</source>
        <translation>La pausa desde el %1 todavía no ha detenido ningún día. ¿La cancela? Los escalones siguen entonces según lo previsto; el historial del plan la conserva, marcada como cancelada.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>¿Descartar el borrador?</translation>
    </message>
    <message>
        <source>Discard what was typed for %1 and not saved? This cannot be undone.</source>
        <translation>¿Descartar lo que escribió para el %1 y no guardó? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Without your passphrase and your recovery code, nobody can recover the diary: not you, not your provider, not the makers of Taper Desktop.</source>
        <translation>Sin su frase de contraseña y su código de recuperación, nadie puede recuperar el diario: ni usted, ni su profesional de salud, ni quienes hacen Taper Desktop.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters and no space at its start or end.</source>
        <translation type="vanished">La frase de contraseña necesita al menos %1 caracteres y ningún espacio al principio ni al final.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation>Frase de contraseña actual o código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Frase de contraseña o código de recuperación:</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>Write down this recovery code, or save or print it, and keep it apart from this computer.</source>
        <translation>Anote este código de recuperación, o guárdelo o imprímalo, y consérvelo lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>It opens your diary if you forget your passphrase. It is shown only now; you can make a new one later in Settings (the old one then stops working).</source>
        <translation>Abre su diario si olvida su frase de contraseña. Solo se muestra ahora; más adelante puede crear uno nuevo en Configuración (el anterior deja entonces de funcionar).</translation>
    </message>
    <message>
        <source>&amp;Save to a file...</source>
        <translation>&amp;Guardar en un archivo...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>I have &amp;kept it</source>
        <translation>Lo he &amp;guardado</translation>
    </message>
    <message>
        <source>Taper Desktop recovery code</source>
        <translation>Código de recuperación de Taper Desktop</translation>
    </message>
    <message>
        <source>It opens your diary if you forget your passphrase.</source>
        <translation>Abre su diario si olvida su frase de contraseña.</translation>
    </message>
    <message>
        <source>The code was not saved: %1</source>
        <translation>No se guardó el código: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Keep that file somewhere other than this computer, such as a USB stick.</source>
        <translation>Guardado en %1. Conserve ese archivo en otro sitio que no sea este ordenador, por ejemplo una memoria USB.</translation>
    </message>
    <message>
        <source>Printing is not available here; save the code to a file or write it down.</source>
        <translation>Aquí no se puede imprimir; guarde el código en un archivo o anótelo.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The exported file is not encrypted, although your diary is.</source>
        <translation>El archivo exportado no está cifrado, aunque su diario sí lo está.</translation>
    </message>
    <message>
        <source>Store your diary unencrypted on this computer? Anyone who can read your files could then read it. Its backups are converted too.</source>
        <translation>¿Guardar su diario sin cifrar en este ordenador? Cualquiera que pueda leer sus archivos podría leerlo. Sus copias de seguridad también se convierten.</translation>
    </message>
    <message>
        <source>%1 backup copies were encrypted too.</source>
        <translation type="vanished">También se cifraron %1 copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 backup copies were converted too.</source>
        <translation type="vanished">También se convirtieron %1 copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 (the file is not encrypted)</source>
        <translation>%1 (el archivo no está cifrado)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(s) were encrypted too.</source>
        <translation>
            <numerusform>También se cifró %n copia de seguridad.</numerusform>
            <numerusform>También se cifraron %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(s) were converted too.</source>
        <translation>
            <numerusform>También se convirtió %n copia de seguridad.</numerusform>
            <numerusform>También se convirtieron %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies could not be read, so they were deleted rather than left unprotected: %1.</source>
        <translation>Estas copias no se podían leer, así que se borraron en lugar de dejarlas sin protección: %1.</translation>
    </message>
    <message>
        <source>Protect my diary with a passphrase</source>
        <translation>Proteger mi diario con una frase de contraseña</translation>
    </message>
    <message>
        <source>Your diary and its backups will be encrypted on this computer. You will type the passphrase each time you open Taper Desktop, and you get a recovery code in case you forget it.</source>
        <translation>Su diario y sus copias de seguridad se cifrarán en este ordenador. Escribirá la frase de contraseña cada vez que abra Taper Desktop y recibirá un código de recuperación por si la olvida.</translation>
    </message>
    <message>
        <source>Your diary was not encrypted; it is unchanged. %1</source>
        <translation>Su diario no se cifró; no ha cambiado. %1</translation>
    </message>
    <message>
        <source>Your diary is now encrypted.</source>
        <translation>Su diario está ahora cifrado.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code is not right.</source>
        <translation type="vanished">Esa frase de contraseña o código de recuperación no es correcto.</translation>
    </message>
    <message>
        <source>That key does not open this diary.</source>
        <translation>Esa clave no abre este diario.</translation>
    </message>
    <message>
        <source>First type your current passphrase (or your recovery code).</source>
        <translation>Primero escriba su frase de contraseña actual (o su código de recuperación).</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Choose the new passphrase. Your recovery code stays the same.</source>
        <translation>Elija la nueva frase de contraseña. Su código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation>No se cambió la frase de contraseña. %1</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The recovery code is the same.</source>
        <translation>Su frase de contraseña ha cambiado. El código de recuperación es el mismo.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Crear un código nuevo</translation>
    </message>
    <message>
        <source>No new code was made. %1</source>
        <translation>No se creó ningún código nuevo. %1</translation>
    </message>
    <message>
        <source>Turn off the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your diary is still encrypted; nothing was changed. %1</source>
        <translation>Su diario sigue cifrado; no se cambió nada. %1</translation>
    </message>
    <message>
        <source>Your diary is no longer encrypted.</source>
        <translation>Su diario ya no está cifrado.</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>&amp;Proteger con una frase de contraseña...</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Cambiar la &amp;frase de contraseña...</translation>
    </message>
    <message>
        <source>New recovery &amp;code...</source>
        <translation>Nuevo &amp;código de recuperación...</translation>
    </message>
    <message>
        <source>&amp;Turn off...</source>
        <translation>&amp;Desactivar...</translation>
    </message>
    <message>
        <source>Your diary is encrypted with a passphrase.</source>
        <translation>Su diario está cifrado con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Your diary is not encrypted. Protecting it with a passphrase is recommended: anyone who can read your files cannot then read it.</source>
        <translation>Su diario no está cifrado. Se recomienda protegerlo con una frase de contraseña: así, quien pueda leer sus archivos no podrá leerlo.</translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation>Desbloquear su diario</translation>
    </message>
    <message>
        <source>Your diary is locked</source>
        <translation>Su diario está bloqueado</translation>
    </message>
    <message>
        <source>Type your passphrase. If you have forgotten it, type your recovery code instead.</source>
        <translation>Escriba su frase de contraseña. Si la ha olvidado, escriba en su lugar su código de recuperación.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Frase de contraseña o código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este ordenador</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so the diary opens without the passphrase for this account</source>
        <translation>Guardar la clave en el llavero de este ordenador, para que el diario se abra sin la frase de contraseña en esta cuenta</translation>
    </message>
    <message>
        <source>Not available: no keyring service (such as GNOME Keyring or KWallet) was found on this computer.</source>
        <translation>No disponible: no se encontró ningún servicio de llavero (como GNOME Keyring o KWallet) en este ordenador.</translation>
    </message>
    <message>
        <source>Type your passphrase or your recovery code first.</source>
        <translation>Escriba primero su frase de contraseña o su código de recuperación.</translation>
    </message>
    <message>
        <source>Nothing was changed; please try again.</source>
        <translation>No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code is not right. Nothing was changed; please try again.</source>
        <translation type="vanished">Esa frase de contraseña o código de recuperación no es correcto. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>daily total</source>
        <translation>total diario</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>partial, no total</source>
        <translation>parcial, sin total</translation>
    </message>
    <message>
        <source>step</source>
        <translation>escalón</translation>
    </message>
    <message>
        <source>shading: conventional bands, named at the right</source>
        <translation>sombreado: franjas convencionales, nombradas a la derecha</translation>
    </message>
    <message>
        <source>planned dose</source>
        <translation>dosis prevista</translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation>dosis tomada</translation>
    </message>
    <message>
        <source>How you felt</source>
        <translation>Cómo se sintió</translation>
    </message>
    <message>
        <source>(points: each day; lines: 7-day mean)</source>
        <translation>(puntos: cada día; líneas: media de 7 días)</translation>
    </message>
    <message>
        <source>Items by day</source>
        <translation>Preguntas por día</translation>
    </message>
    <message>
        <source>blank: not answered</source>
        <translation>en blanco: sin responder</translation>
    </message>
    <message>
        <source>After each dose cut</source>
        <translation>Después de cada reducción</translation>
    </message>
    <message>
        <source>Taper Desktop data (*.json *.csv)</source>
        <translation>Datos de Taper Desktop (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <source>%1 is more than twice today&apos;s planned %2. Store it as typed?</source>
        <translation>%1 es más del doble de los %2 previstos para hoy. ¿Desea guardarlo tal como lo escribió?</translation>
    </message>
    <message>
        <source>%1 is more than twice this day&apos;s planned %2. Store it as typed?</source>
        <translation>%1 es más del doble de los %2 previstos para este día. ¿Desea guardarlo tal como lo escribió?</translation>
    </message>
    <message>
        <source>Store this dose?</source>
        <translation>¿Guardar esta dosis?</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Suggested dates: the period you chose last time.</source>
        <translation>Fechas sugeridas: el periodo que eligió la última vez.</translation>
    </message>
    <message>
        <source>Suggested dates start after your last report, which ended on %1.</source>
        <translation>Las fechas sugeridas empiezan después de su último informe, que terminó el %1.</translation>
    </message>
    <message>
        <source>Suggested dates start on %1, the first day of your diary.</source>
        <translation>Las fechas sugeridas empiezan el %1, el primer día de su diario.</translation>
    </message>
    <message>
        <source>Suggested dates: the last 30 days.</source>
        <translation>Fechas sugeridas: los últimos 30 días.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>El informe no se guardó: %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Report saved to %1. It could not be opened here: open it from your file manager.</source>
        <translation>Informe guardado en %1. No se pudo abrir aquí: ábralo desde su gestor de archivos.</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Escribiendo el informe...</translation>
    </message>
    <message>
        <source>Taper Desktop records and summarizes what you enter. It does not give medical advice, does not diagnose, and does not prescribe: schedules are computed from the rule your provider gave and are a plan to confirm with your provider. Severity bands are conventional, not validated. In an emergency call your local emergency number.</source>
        <translation>Taper Desktop registra y resume lo que usted anota. No da consejo médico, no diagnostica y no receta: los calendarios se calculan a partir de la regla que le dio su profesional de salud y son un plan para confirmar con su profesional de salud. Las franjas de gravedad son convencionales, no validadas. En una emergencia, llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>An offline taper and withdrawal tracker. Your data stays on this computer.</source>
        <translation>Un registro sin conexión de la reducción y de la abstinencia. Sus datos se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Not medical advice.</source>
        <translation>No es consejo médico.</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>COWS (recorded from your clinician, never computed): %1</source>
        <translation>COWS (registrada según su profesional clínico, nunca calculada): %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more days have drafts (marked in the calendar).</source>
        <translation>
            <numerusform>%n día más tiene un borrador (marcado en el calendario).</numerusform>
            <numerusform>%n días más tienen borradores (marcados en el calendario).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more days)</source>
        <translation>
            <numerusform>(y %n día más)</numerusform>
            <numerusform>(y %n días más)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="vanished">uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="vanished">argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="vanished">opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="vanished">mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>%1: %2 (see --help)</source>
        <translation>%1: %2 (vea --help)</translation>
    </message>
    <message>
        <source>folder holding the data (default: %1, else the user data folder)</source>
        <translation>carpeta con los datos (por defecto: %1; si no, la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>for a folder protected with a passphrase: read the passphrase (or the recovery code) from the first line of FILE instead of asking on the terminal</source>
        <translation>para una carpeta protegida con frase de contraseña: leer la frase de contraseña (o el código de recuperación) de la primera línea de FILE en lugar de preguntarla en la terminal</translation>
    </message>
    <message>
        <source>Taper Desktop: keep a taper plan agreed with your provider, a daily symptom check-in and trends, offline. Without a command, opens the window.</source>
        <translation>Taper Desktop: lleve un plan de reducción acordado con su profesional de salud, un registro diario de síntomas y sus tendencias, sin conexión. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 data error, 2 usage error.</source>
        <translation>Código de salida: 0 éxito, 1 error de datos, 2 error de uso.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>new passphrase (or a new recovery code)</source>
        <translation>nueva frase de contraseña (o un nuevo código de recuperación)</translation>
    </message>
    <message>
        <source>Give the current passphrase or recovery code, then the new passphrase (asked twice, or read from --new-passphrase-file). Only the key file is rewritten. With --new-recovery-code, makes a new recovery code instead and prints it; the old code stops working.</source>
        <translation>Indique la frase de contraseña actual o el código de recuperación y luego la nueva frase de contraseña (se pregunta dos veces, o se lee de --new-passphrase-file). Solo se reescribe el archivo de clave. Con --new-recovery-code, crea en su lugar un nuevo código de recuperación y lo muestra; el código anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>make a new recovery code instead of a new passphrase</source>
        <translation>crear un nuevo código de recuperación en lugar de una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase; use encrypt</source>
        <translation>%1 no está protegida con una frase de contraseña; use encrypt</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; no se cambió nada</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>El código de recuperación anterior ya no funciona.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery code is the same as before.</source>
        <translation>La frase de contraseña se cambió. El código de recuperación es el mismo que antes.</translation>
    </message>
    <message>
        <source>%1 %2: cannot read it (%3)</source>
        <translation>%1 %2: no se puede leer (%3)</translation>
    </message>
    <message>
        <source>%1 %2: the file is not UTF-8 text</source>
        <translation>%1 %2: el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>this diary is protected with a passphrase and there is no terminal to ask on; give it with --passphrase-file FILE (first line)</source>
        <translation>este diario está protegido con una frase de contraseña y no hay una terminal donde preguntarla; indíquela con --passphrase-file FILE (primera línea)</translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation>Frase de contraseña o código de recuperación: </translation>
    </message>
    <message>
        <source>Taper Desktop is open with %1; close it first (nothing was changed)</source>
        <translation>Taper Desktop está abierto con %1; ciérrelo primero (no se cambió nada)</translation>
    </message>
    <message>
        <source>back to an unencrypted store</source>
        <translation>volver a un almacenamiento sin cifrar</translation>
    </message>
    <message>
        <source>Give the current passphrase or recovery code; the database and its backups are written back unencrypted and the key file is removed. Asks to confirm on the terminal; without a terminal --yes is needed.</source>
        <translation>Indique la frase de contraseña actual o el código de recuperación; la base de datos y sus copias de seguridad se vuelven a escribir sin cifrar y se elimina el archivo de clave. Pide confirmación en la terminal; sin terminal hace falta --yes.</translation>
    </message>
    <message>
        <source>do not ask to confirm</source>
        <translation>no pedir confirmación</translation>
    </message>
    <message>
        <source>Store the diary unencrypted on this computer? Type yes to go on: </source>
        <translation>¿Guardar el diario sin cifrar en este equipo? Escriba sí para continuar: </translation>
    </message>
    <message>
        <source>decrypt needs --yes when there is no terminal to confirm on</source>
        <translation>decrypt necesita --yes cuando no hay una terminal donde confirmar</translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase</source>
        <translation>%1 no está protegida con una frase de contraseña</translation>
    </message>
    <message>
        <source>not confirmed; nothing was changed</source>
        <translation>no se confirmó; no se cambió nada</translation>
    </message>
    <message>
        <source>%1; the diary is unchanged</source>
        <translation>%1; el diario no cambió</translation>
    </message>
    <message>
        <source>The diary in %1 is no longer encrypted.</source>
        <translation>El diario en %1 ya no está cifrado.</translation>
    </message>
    <message>
        <source>protect the folder with a passphrase</source>
        <translation>proteger la carpeta con una frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups (SQLCipher) with a new passphrase, asked twice on the terminal or read from --new-passphrase-file. Prints a recovery code once, on a line starting &apos;Recovery code: &apos;. Keep it safe: without the passphrase and the recovery code nobody can recover the data.</source>
        <translation>Cifra la base de datos y sus copias de seguridad (SQLCipher) con una nueva frase de contraseña, que se pregunta dos veces en la terminal o se lee de --new-passphrase-file. Muestra un código de recuperación una sola vez, en una línea que empieza por &apos;Recovery code: &apos;. Guárdelo bien: sin la frase de contraseña y sin el código de recuperación nadie puede recuperar los datos.</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the new passphrase; give it with --new-passphrase-file FILE (first line)</source>
        <translation>no hay una terminal donde preguntar la nueva frase de contraseña; indíquela con --new-passphrase-file FILE (primera línea)</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>leer la nueva frase de contraseña de la primera línea de FILE</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>las dos frases de contraseña no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>Write down this recovery code and keep it apart from this computer. It opens the diary when the passphrase is forgotten; it is shown only now. Without both the passphrase and this code nobody can recover the data.</source>
        <translation>Anote este código de recuperación y guárdelo lejos de este equipo. Abre el diario si olvida la frase de contraseña; solo se muestra ahora. Sin la frase de contraseña y sin este código nadie puede recuperar los datos.</translation>
    </message>
    <message>
        <source>Converted %1</source>
        <translation>Se convirtió %1</translation>
    </message>
    <message>
        <source>Deleted %1: it could not be read, so it could not be converted</source>
        <translation>Se eliminó %1: no se pudo leer, así que no se pudo convertir</translation>
    </message>
    <message>
        <source>%1 is already protected with a passphrase; use change-passphrase to change it</source>
        <translation>%1 ya está protegida con una frase de contraseña; use change-passphrase para cambiarla</translation>
    </message>
    <message>
        <source>The diary in %1 is now encrypted.</source>
        <translation>El diario en %1 ahora está cifrado.</translation>
    </message>
    <message>
        <source>export the day table as CSV</source>
        <translation>exportar la tabla diaria como CSV</translation>
    </message>
    <message>
        <source>Write one CSV row per day that has a dose or a check-in (columns as in the day-table format).</source>
        <translation>Escribe una fila CSV por cada día que tiene una dosis o un registro diario (columnas como en el formato de la tabla diaria).</translation>
    </message>
    <message>
        <source>export for a clinic system (FHIR R4 JSON)</source>
        <translation>exportar para el sistema de una clínica (FHIR R4 JSON)</translation>
    </message>
    <message>
        <source>Write the diary as one FHIR R4 (4.0.1) Bundle of type collection, in UTF-8 JSON, for a clinic&apos;s system: a QuestionnaireResponse per check-in, an Observation per scale total, companion measure and COWS total, a MedicationStatement per dose and a MedicationRequest (intent plan) per plan revision. Ids are stable, so exporting again gives the same ids. The file is replaced atomically and readable by you only. --from and --to limit the diary days; the plan is always included whole. Mapping: docs/fhir.md.</source>
        <translation>Escribe el diario como un Bundle FHIR R4 (4.0.1) de tipo collection, en JSON UTF-8, para el sistema de una clínica: un QuestionnaireResponse por registro diario, una Observation por total de escala, medida complementaria y total COWS, un MedicationStatement por dosis y un MedicationRequest (intent plan) por revisión del plan. Los identificadores son estables: al exportar de nuevo se obtienen los mismos. El archivo se reemplaza de forma atómica y solo usted puede leerlo. --from y --to limitan los días del diario; el plan siempre se incluye completo. Correspondencia: docs/fhir.md.</translation>
    </message>
    <message>
        <source>first day to include (default: the first day with data)</source>
        <translation>primer día que se incluye (por defecto: el primer día con datos)</translation>
    </message>
    <message>
        <source>last day to include, inclusive (default: the last day with data)</source>
        <translation>último día que se incluye, inclusive (por defecto: el último día con datos)</translation>
    </message>
    <message>
        <source>name for the Patient resource (default: none; no identifier is ever added)</source>
        <translation>nombre para el recurso Patient (por defecto: ninguno; nunca se añade un identificador)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>no diary records</source>
        <translation>ningún registro del diario</translation>
    </message>
    <message>
        <source>export everything as JSON</source>
        <translation>exportar todo como JSON</translation>
    </message>
    <message>
        <source>Write every plan, revision, hold, dose, check-in, other medication, appointment, COWS total and setting.</source>
        <translation>Escribe cada plan, revisión, pausa, dosis, registro diario, otro medicamento, cita, total COWS y ajuste.</translation>
    </message>
    <message>
        <source>import a day-table CSV</source>
        <translation>importar un CSV de tabla diaria</translation>
    </message>
    <message>
        <source>Check every row of a day-table CSV, then store all of it in one step, or nothing if any row has a problem. dose_planned is ignored; each day&apos;s dose_taken becomes one dose without a time.</source>
        <translation>Revisa cada fila de un CSV de tabla diaria y luego lo guarda todo en un solo paso, o nada si alguna fila tiene un problema. dose_planned se ignora; el dose_taken de cada día se convierte en una dosis sin hora.</translation>
    </message>
    <message>
        <source>import a full JSON export</source>
        <translation>importar una exportación JSON completa</translation>
    </message>
    <message>
        <source>Check the whole file, then store all of it in one step, or nothing if anything in it has a problem.</source>
        <translation>Revisa todo el archivo y luego lo guarda todo en un solo paso, o nada si algo en él tiene un problema.</translation>
    </message>
    <message>
        <source>write the provider PDF report for a date range</source>
        <translation>escribir el informe PDF para el profesional de un rango de fechas</translation>
    </message>
    <message>
        <source>Write the provider report (PDF) for the days FROM to TO inclusive: a one-page summary, then the daily table, the plan&apos;s revision history, the items with the highest means and other medications. The file is replaced atomically and readable by you only. Paper size follows the paper_size setting (auto: Letter in US/Canada/Mexico-style locales, else A4). With --plan-sheet it writes instead the one-page plan sheet: the current dose, the next steps, holds, who agreed the plan, the tolerance note and room for the provider&apos;s signature (no dates needed). The report speaks the app&apos;s language setting.</source>
        <translation>Escribe el informe para el profesional (PDF) de los días FROM a TO inclusive: un resumen de una página y luego la tabla diaria, el historial de revisiones del plan, los ítems con las medias más altas y otros medicamentos. El archivo se reemplaza de forma atómica y solo usted puede leerlo. El tamaño de papel sigue el ajuste paper_size (auto: Letter en configuraciones regionales como las de EE. UU., Canadá o México; si no, A4). Con --plan-sheet escribe en su lugar la hoja del plan de una página: la dosis actual, los próximos escalones, las pausas, quién acordó el plan, la nota sobre la tolerancia y un espacio para la firma del profesional (no hacen falta fechas). El informe usa el idioma configurado en la aplicación.</translation>
    </message>
    <message>
        <source>first day of the period (required unless --plan-sheet)</source>
        <translation>primer día del periodo (obligatorio salvo con --plan-sheet)</translation>
    </message>
    <message>
        <source>last day of the period, inclusive (required unless --plan-sheet)</source>
        <translation>último día del periodo, inclusive (obligatorio salvo con --plan-sheet)</translation>
    </message>
    <message>
        <source>write the one-page plan sheet instead of the report</source>
        <translation>escribir la hoja del plan de una página en lugar del informe</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>dónde escribir el PDF</translation>
    </message>
    <message>
        <source>patient name to print</source>
        <translation>nombre del paciente que se imprime</translation>
    </message>
    <message>
        <source>provider name to print</source>
        <translation>nombre del profesional que se imprime</translation>
    </message>
    <message>
        <source>leave out the daily table</source>
        <translation>omitir la tabla diaria</translation>
    </message>
    <message>
        <source>leave out the day notes</source>
        <translation>omitir las notas de los días</translation>
    </message>
    <message>
        <source>paper size (default: the paper_size setting)</source>
        <translation>tamaño de papel (por defecto: el ajuste paper_size)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the report needs %1 (or use --plan-sheet)</source>
        <translation>el informe necesita %1 (o use --plan-sheet)</translation>
    </message>
    <message>
        <source>Report for %1 to %2 written to %3</source>
        <translation>Informe del %1 al %2 guardado en %3</translation>
    </message>
    <message>
        <source>Plan sheet written to %1</source>
        <translation>Hoja del plan guardada en %1</translation>
    </message>
    <message numerus="yes">
        <source>logged on %1 of %n day(s); at or below plan on %2 of %3 logged days with a plan</source>
        <translation>
            <numerusform>registradas %1 de %n día; en el plan o por debajo %2 de %3 días registrados con plan</numerusform>
            <numerusform>registradas %1 de %n días; en el plan o por debajo %2 de %3 días registrados con plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>above plan on %n day(s)</source>
        <translation>
            <numerusform>por encima del plan %n día</numerusform>
            <numerusform>por encima del plan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>logged on %1 of %n day(s)</source>
        <translation>
            <numerusform>registradas %1 de %n día</numerusform>
            <numerusform>registradas %1 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %1 of %n day(s)</source>
        <translation>
            <numerusform>%1 de %n día</numerusform>
            <numerusform>%1 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete check-in(s)</source>
        <translation>
            <numerusform>%n registro diario completo</numerusform>
            <numerusform>%n registros diarios completos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial check-in(s) not plotted</source>
        <translation>
            <numerusform>%n registro diario parcial no representado</numerusform>
            <numerusform>%n registros diarios parciales no representados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n paso más</numerusform>
            <numerusform>%n pasos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier hold(s)</source>
        <translation>
            <numerusform>y %n pausa anterior</numerusform>
            <numerusform>y %n pausas anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (y %n problema más)</numerusform>
            <numerusform>%1 (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) already hold data (%1)</source>
        <translation>
            <numerusform>%n día ya tiene datos (%1)</numerusform>
            <numerusform>%n días ya tienen datos (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Taper Desktop cannot start.</source>
        <translation>Taper Desktop no puede iniciarse.</translation>
    </message>
    <message>
        <source>%1. Nothing in it was changed. Check that the folder exists and that you may write to it (and that the disk is not full), then start again.</source>
        <translation>%1. No se cambió nada en ella. Compruebe que la carpeta existe y que puede escribir en ella (y que el disco no está lleno), y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>Taper Desktop is already open with this data folder; its window was brought to the front.</source>
        <translation>Taper Desktop ya está abierto con esta carpeta de datos; su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>Taper Desktop is already open.</source>
        <translation>Taper Desktop ya está abierto.</translation>
    </message>
    <message>
        <source>Taper Desktop is already open with the data folder %1 but did not answer. Switch to that window; a second copy could damage your data.</source>
        <translation>Taper Desktop ya está abierto con la carpeta de datos %1, pero no respondió. Cambie a esa ventana; una segunda copia podría dañar sus datos.</translation>
    </message>
    <message>
        <source>%1 could not be removed (%2). Please remove it yourself.</source>
        <translation>No se pudo eliminar %1 (%2). Elimínelo usted, por favor.</translation>
    </message>
    <message>
        <source>Not everything could be deleted.</source>
        <translation>No se pudo borrar todo.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Month calendar</source>
        <translation>Calendario del mes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>previsto %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>tomado %1</translation>
    </message>
    <message>
        <source>%1 total %2%3</source>
        <translation>%1 total %2%3</translation>
    </message>
    <message>
        <source>, %1 (conventional band)</source>
        <translation>, %1 (franja convencional)</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>cita %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>starts %1.</source>
        <translation>empieza el %1.</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source> (%1 MME/day*)</source>
        <translation> (%1 MME/día*)</translation>
    </message>
    <message>
        <source>, day %1 of this step</source>
        <translation>, día %1 de este escalón</translation>
    </message>
    <message>
        <source>Next step %1: %2.</source>
        <translation>Próximo paso %1: %2.</translation>
    </message>
    <message>
        <source>Projected end %1.</source>
        <translation>Fin previsto: %1.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>Cambio de plan</translation>
    </message>
    <message>
        <source>P</source>
        <comment>short for Plan change in a narrow calendar cell</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Day details</source>
        <translation>Detalles del día</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Set up your &amp;taper plan...</source>
        <translation>Con&amp;figurar su plan de reducción...</translation>
    </message>
    <message>
        <source>&lt; Previous month</source>
        <translation>&lt; Mes anterior</translation>
    </message>
    <message>
        <source>Next month &gt;</source>
        <translation>Mes siguiente &gt;</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Mes mostrado</translation>
    </message>
    <message>
        <source>&lt;b&gt;No taper plan yet.&lt;/b&gt; Set up the plan you agreed with your provider to see it here day by day. You can log doses on any day meanwhile.</source>
        <translation>&lt;b&gt;Todavía no hay plan de reducción.&lt;/b&gt; Configure el plan que acordó con su profesional de salud para verlo aquí día a día. Mientras tanto puede registrar dosis cualquier día.</translation>
    </message>
    <message>
        <source>The hold from %1 was cancelled before any day was held; the steps go on as planned.</source>
        <translation>La pausa desde el %1 se canceló antes de detener ningún día; los escalones siguen según lo previsto.</translation>
    </message>
    <message>
        <source>Steps resumed: held %1 to %2 (%3); later steps moved on by as many days.</source>
        <translation>Escalones reanudados: en pausa del %1 al %2 (%3); los escalones siguientes se movieron los mismos días.</translation>
    </message>
    <message>
        <source>Steps paused from %1.</source>
        <translation>Escalones en pausa desde el %1.</translation>
    </message>
    <message>
        <source>Pa&amp;use steps (hold)...</source>
        <translation>Pa&amp;usar los escalones...</translation>
    </message>
    <message>
        <source>Plan message</source>
        <translation>Mensaje del plan</translation>
    </message>
    <message>
        <source>P</source>
        <comment>short for Plan in a narrow calendar cell</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>T</source>
        <comment>short for Took in a narrow calendar cell</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>S</source>
        <comment>short for Step in a narrow calendar cell</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>V</source>
        <comment>short for Visit in a narrow calendar cell</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>Plan histor&amp;y...</source>
        <translation>&amp;Historial del plan...</translation>
    </message>
    <message>
        <source>Dot: SOWS total and its conventional band (the stronger the dot, the higher). Keys: arrows, Page Up/Down, Enter.</source>
        <translation>Punto: total de SOWS y su franja convencional (cuanto más intenso el punto, más alto). Teclas: flechas, Re Pág/Av Pág, Intro.</translation>
    </message>
    <message>
        <source>Arrows move a day or a week, Page Up/Down a month, Home today, Enter opens the day. SOWS-Gossop totals are named and have no bands. Small marks at the top right: a flag (flagged for your provider), a sheet (a note), a pencil (a check-in typed but not saved).</source>
        <translation>Las flechas mueven un día o una semana, Re Pág/Av Pág un mes, Inicio va a hoy, Intro abre el día. Los totales de SOWS-Gossop se nombran y no tienen franjas. Marcas pequeñas arriba a la derecha: una bandera (marcado para su profesional de salud), una hoja (una nota), un lápiz (un registro diario escrito pero no guardado).</translation>
    </message>
    <message>
        <source>Change p&amp;lan...</source>
        <translation>Cambiar el p&amp;lan...</translation>
    </message>
    <message>
        <source>Res&amp;ume steps</source>
        <translation>Rean&amp;udar los escalones</translation>
    </message>
    <message>
        <source>Today %s %s</source>
        <translation type="vanished">Hoy %s %s</translation>
    </message>
    <message>
        <source>, steps paused</source>
        <translation>, escalones en pausa</translation>
    </message>
    <message>
        <source>Next step %s: %s %s.</source>
        <translation type="vanished">Próximo escalón %s: %s %s.</translation>
    </message>
    <message>
        <source>End date moves once you resume.</source>
        <translation>La fecha de fin cambia cuando reanude.</translation>
    </message>
    <message>
        <source>&lt;i&gt;A plan to confirm with your provider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Un plan para confirmar con su profesional de salud.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Use Change plan to correct it.</source>
        <translation>Use «Cambiar plan» para corregirlo.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>a new plan revision takes effect</source>
        <translation>entra en vigor una nueva versión del plan</translation>
    </message>
    <message>
        <source>doses not logged</source>
        <translation>dosis no registradas</translation>
    </message>
    <message>
        <source>a note, no symptoms rated</source>
        <translation>una nota, sin síntomas puntuados</translation>
    </message>
    <message>
        <source>check-in partly answered</source>
        <translation>registro diario respondido en parte</translation>
    </message>
    <message>
        <source>the planned dose changes</source>
        <translation>cambia la dosis prevista</translation>
    </message>
    <message>
        <source>steps on hold</source>
        <translation>escalones en pausa</translation>
    </message>
    <message>
        <source>flagged for your provider</source>
        <translation>marcado para su profesional de salud</translation>
    </message>
    <message>
        <source>a check-in draft not saved</source>
        <translation>un borrador de registro diario sin guardar</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>No se guardó el plan</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 día</translation>
    </message>
    <message>
        <source>%d days</source>
        <translation type="vanished">%d días</translation>
    </message>
    <message>
        <source>Hold not saved</source>
        <translation>No se guardó la pausa</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>2 &amp;weeks</source>
        <translation>2 &amp;semanas</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>1 &amp;mes</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>&amp;3 meses</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>Esca&amp;la:</translation>
    </message>
    <message>
        <source>Withdrawal scale shown</source>
        <translation>Escala de abstinencia mostrada</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Reading your diary...</source>
        <translation>Leyendo su diario...</translation>
    </message>
    <message>
        <source>No charts yet</source>
        <translation>Todavía no hay gráficos</translation>
    </message>
    <message>
        <source>Trends of your symptoms against your dose steps will show here once you have saved a check-in.</source>
        <translation>Aquí verá la evolución de sus síntomas frente a los escalones de dosis en cuanto haya guardado un registro diario.</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Gráficos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Drag to move in time, scroll to zoom; point at a day (or use the arrow keys) to see its values</source>
        <translation>Arrastre para moverse en el tiempo, use la rueda para acercar; señale un día (o use las flechas) para ver sus valores</translation>
    </message>
    <message>
        <source>Mean total after each dose cut</source>
        <translation>Total medio después de cada reducción de dosis</translation>
    </message>
    <message>
        <source>Mean total after a cut, in words</source>
        <translation>Total medio después de una reducción, en palabras</translation>
    </message>
</context>
<context>
    <name>CheckInFooter</name>
    <message>
        <source>Scale total</source>
        <translation>Total de la escala</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Guardar el regi&amp;stro diario</translation>
    </message>
    <message>
        <source>Save check-in (Ctrl+S)</source>
        <translation>Guardar el registro diario (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Descar&amp;tar cambios</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Go back to what is saved for this day</source>
        <translation>Volver a lo guardado para este día</translation>
    </message>
    <message>
        <source>Total: not answered yet (0 of %1)</source>
        <translation>Total: aún sin responder (0 de %1)</translation>
    </message>
    <message>
        <source>Total: incomplete (%1 of %2)</source>
        <translation>Total: incompleto (%1 de %2)</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Total: %1 de %2</translation>
    </message>
    <message>
        <source> · %1 (conventional band)</source>
        <translation> · %1 (franja convencional)</translation>
    </message>
    <message>
        <source>A total needs every item; you can still save, and it is kept as partial.</source>
        <translation>Un total necesita todas las preguntas; puede guardar igualmente y se conserva como parcial.</translation>
    </message>
    <message>
        <source>Bands are conventional, not validated.</source>
        <translation>Las franjas son convencionales, no validadas. Esta traducción no está validada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source> · a note, no symptoms rated</source>
        <translation> · una nota, sin síntomas puntuados</translation>
    </message>
    <message>
        <source> · partial (%1 of %2)</source>
        <translation> · parcial (%1 de %2)</translation>
    </message>
    <message>
        <source> · changes not saved yet (kept as a draft)</source>
        <translation> · cambios aún sin guardar (se conservan como borrador)</translation>
    </message>
    <message>
        <source>Not saved yet (kept as a draft)</source>
        <translation>Aún sin guardar (se conserva como borrador)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Future days cannot be filled in yet.</source>
        <translation>Los días futuros todavía no se pueden rellenar.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>Nothing to save yet: answer an item or write a note first.</source>
        <translation>Todavía no hay nada que guardar: primero responda una pregunta o escriba una nota.</translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed is kept as a draft.</source>
        <translation>No se guardó: %1. Lo que escribió se conserva como borrador.</translation>
    </message>
    <message>
        <source>Saved for %1 as a note: no symptoms rated, so it does not count as a check-in.</source>
        <translation>Guardado para el %1 como nota: no hay síntomas puntuados, así que no cuenta como registro diario.</translation>
    </message>
    <message>
        <source>Check-in for %1 saved.</source>
        <translation>Registro diario del %1 guardado.</translation>
    </message>
    <message>
        <source>Check-in for %1 saved as partial.</source>
        <translation>Registro diario del %1 guardado como parcial.</translation>
    </message>
    <message>
        <source> as partial</source>
        <translation type="vanished"> como parcial</translation>
    </message>
    <message>
        <source>Check-in for %s saved%s.</source>
        <translation type="vanished">Registro diario del %s guardado%s.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+Left)</source>
        <translation>Día anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Ctrl+Right)</source>
        <translation>Día siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Day of this check-in</source>
        <translation>Día de este registro diario</translation>
    </message>
    <message>
        <source>Suggestions and notes</source>
        <translation>Sugerencias y notas</translation>
    </message>
    <message>
        <source>Extra symptoms (kept apart from the scale total)</source>
        <translation>Síntomas adicionales (aparte del total de la escala)</translation>
    </message>
    <message>
        <source>Track extra symptoms</source>
        <translation>Registrar síntomas adicionales</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Otras medidas</translation>
    </message>
    <message>
        <source>Other medications taken</source>
        <translation>Otros medicamentos tomados</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything you want to remember about today</source>
        <translation>Lo que quiera recordar de hoy</translation>
    </message>
    <message>
        <source>Flag this day for my pro&amp;vider</source>
        <translation>&amp;Marcar este día para mi profesional de salud</translation>
    </message>
    <message>
        <source>Flag this day for my provider</source>
        <translation>Marcar este día para mi profesional de salud</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · hoy</translation>
    </message>
    <message>
        <source>%1 · yesterday</source>
        <translation>%1 · ayer</translation>
    </message>
    <message>
        <source>%1: symptoms reported with kratom but absent from SOWS (Singh et al. 2014; Smith et al. 2022), scored 0-4, kept apart from the total.</source>
        <translation>%1: síntomas descritos con el kratom pero ausentes de la SOWS (Singh et al. 2014; Smith et al. 2022), puntuados de 0 a 4, aparte del total.</translation>
    </message>
    <message>
        <source>%1: optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation>%1: síntomas opcionales puntuados de 0 a 4, aparte del total de la escala.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>Type 0 to %1 to answer and move on; Backspace makes it blank</source>
        <translation>Escriba de 0 a %1 para responder y pasar a la siguiente; Retroceso la deja en blanco</translation>
    </message>
</context>
<context>
    <name>CustomStepsBox</name>
    <message>
        <source>Custom steps (date and new daily dose)</source>
        <translation>Escalones personalizados (fecha y nueva dosis diaria)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Custom steps</source>
        <translation>Escalones personalizados</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir escalón</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Añadir un escalón personalizado</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar escalón</translation>
    </message>
    <message>
        <source>Remove selected custom step</source>
        <translation>Quitar el escalón personalizado seleccionado</translation>
    </message>
    <message>
        <source>Custom steps problem</source>
        <translation>Problema en los escalones personalizados</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Escalón %1</translation>
    </message>
    <message>
        <source>%1: the date must be YYYY-MM-DD.</source>
        <translation>%1: la fecha debe ser AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1: type the dose (0 to stop).</source>
        <translation>%1: escriba la dosis (0 para dejarlo).</translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Valores del día señalado</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Planned dose: %1</source>
        <translation>Dosis prevista: %1</translation>
    </message>
    <message>
        <source>Dose taken: %1</source>
        <translation>Dosis tomada: %1</translation>
    </message>
    <message>
        <source>On hold (steps paused)</source>
        <translation>En pausa (escalones detenidos)</translation>
    </message>
    <message>
        <source>Step to %1 today</source>
        <translation>Bajada a %1 hoy</translation>
    </message>
    <message>
        <source>Day %1 of the step down to %2</source>
        <translation>Día %1 del escalón de bajada a %2</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Registro diario: %1</translation>
    </message>
    <message>
        <source>A note, no symptoms rated (not a check-in)</source>
        <translation>Una nota, sin síntomas puntuados (no es un registro diario)</translation>
    </message>
    <message>
        <source>%1: partial check-in, %2 of %3 items answered (no total)</source>
        <translation>%1: registro diario parcial, %2 de %3 preguntas respondidas (sin total)</translation>
    </message>
    <message>
        <source>%1 total: %2</source>
        <translation>Total %1: %2</translation>
    </message>
    <message>
        <source>(conventional band: %1)</source>
        <translation>(franja convencional: %1)</translation>
    </message>
    <message>
        <source>7-day mean: %1</source>
        <translation>Media de 7 días: %1</translation>
    </message>
    <message>
        <source>Craving, pain, sleep quality, mood: %1</source>
        <translation>Ansia de consumir, dolor, calidad del sueño, estado de ánimo: %1</translation>
    </message>
    <message>
        <source>Slept %1 hours</source>
        <translation>Durmió %1 horas</translation>
    </message>
    <message>
        <source>Highest items: %1</source>
        <translation>Preguntas más altas: %1</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Selected day</source>
        <translation>Día seleccionado</translation>
    </message>
    <message>
        <source>Planned dose</source>
        <translation>Dosis prevista</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Resumen del registro diario</translation>
    </message>
    <message>
        <source>Open this day&apos;s check-in</source>
        <translation>Abrir el registro diario de este día</translation>
    </message>
    <message>
        <source>⚑ Flagged for your provider</source>
        <translation>⚑ Marcado para su profesional de salud</translation>
    </message>
    <message>
        <source>Flagged for your provider</source>
        <translation>Marcado para su profesional de salud</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Borrador sin guardar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the unsaved check-in</source>
        <translation>Abrir el registro diario sin guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the unsaved check-in</source>
        <translation>Descartar el registro diario sin guardar</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Otros medicamentos</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Previsto: %1</translation>
    </message>
    <message>
        <source> (%1 MME/day)</source>
        <translation> (%1 MME/día)</translation>
    </message>
    <message>
        <source>Day %1 of this step.</source>
        <translation>Día %1 de este escalón.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 partly answered (%2 of %3 items)</source>
        <translation>%1 respondido en parte (%2 de %3 preguntas)</translation>
    </message>
    <message>
        <source>%1 total %2 of %3</source>
        <translation>%1 total %2 de %3</translation>
    </message>
    <message>
        <source>, %1 (conventional band)</source>
        <translation>, %1 (franja convencional)</translation>
    </message>
    <message>
        <source>Other medications this day</source>
        <translation type="vanished">Otros medicamentos de este día</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation type="vanished">Nombre del medicamento</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="vanished">nombre</translation>
    </message>
    <message>
        <source>Medication amount</source>
        <translation type="vanished">Cantidad del medicamento</translation>
    </message>
    <message>
        <source>Medication unit</source>
        <translation type="vanished">Unidad del medicamento</translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="vanished">unidad</translation>
    </message>
    <message>
        <source>Medication time</source>
        <translation type="vanished">Hora del medicamento</translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation>Añadir &amp;medicamento</translation>
    </message>
    <message>
        <source>Delete selected medication</source>
        <translation type="vanished">Eliminar el medicamento seleccionado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Open chec&amp;k-in</source>
        <translation>Abrir el &amp;registro diario</translation>
    </message>
    <message>
        <source>Total taken: %s %s</source>
        <translation type="vanished">Total tomado: %s %s</translation>
    </message>
    <message>
        <source> (%s %s above the plan)</source>
        <translation type="vanished"> (%s %s por encima del plan)</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %s %s</source>
        <translation type="vanished">Registra el resto de la dosis prevista: %s %s</translation>
    </message>
    <message>
        <source>Logs %s %s</source>
        <translation type="vanished">Registra %s %s</translation>
    </message>
    <message>
        <source>No taper plan yet.</source>
        <translation>Todavía no hay plan de reducción.</translation>
    </message>
    <message>
        <source>Before the plan starts.</source>
        <translation>Antes de que empiece el plan.</translation>
    </message>
    <message>
        <source>Planned: %s %s</source>
        <translation type="vanished">Prevista: %s %s</translation>
    </message>
    <message>
        <source>Steps paused (hold).</source>
        <translation>Escalones en pausa.</translation>
    </message>
    <message>
        <source>The dose changes today.</source>
        <translation>La dosis cambia hoy.</translation>
    </message>
    <message>
        <source>A new plan revision takes effect today.</source>
        <translation>Hoy entra en vigor una nueva versión del plan.</translation>
    </message>
    <message>
        <source>A note, no symptoms rated.</source>
        <translation>Una nota, sin síntomas puntuados.</translation>
    </message>
    <message>
        <source>Can be filled in on the day.</source>
        <translation>Se puede rellenar ese mismo día.</translation>
    </message>
    <message>
        <source>Logged %s %s as planned.</source>
        <translation type="vanished">Se registraron %s %s según lo previsto.</translation>
    </message>
    <message>
        <source>Name: type the medication&apos;s name.</source>
        <translation type="vanished">Nombre: escriba el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Select a medication in the list first.</source>
        <translation type="vanished">Primero seleccione un medicamento en la lista.</translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <source>DELETE</source>
        <comment>the word typed to confirm deleting all data</comment>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>This removes everything Taper Desktop keeps on this computer: your plan, doses, check-ins, notes, drafts, the names typed for reports and all backups, in %1. It cannot be undone. Consider exporting a copy first (File &gt; Export data).

Taper Desktop then quits. To go ahead, type %2 below.</source>
        <translation>Esto elimina todo lo que Taper Desktop guarda en este ordenador: su plan, dosis, registros diarios, notas, borradores, los nombres escritos para los informes y todas las copias de seguridad, en %1. No se puede deshacer. Piense en exportar antes una copia (Archivo &gt; Exportar datos).

Después Taper Desktop se cierra. Para continuar, escriba %2 abajo.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
</context>
<context>
    <name>DoseBox</name>
    <message>
        <source>Doses taken</source>
        <translation>Dosis tomadas</translation>
    </message>
    <message>
        <source>Taken as &amp;planned</source>
        <translation>Tomada según lo &amp;previsto</translation>
    </message>
    <message>
        <source>Log the planned dose for this day in one step</source>
        <translation>Registrar en un paso la dosis prevista de este día</translation>
    </message>
    <message>
        <source>Doses taken this day</source>
        <translation>Dosis tomadas este día</translation>
    </message>
    <message>
        <source>Total taken</source>
        <translation>Total tomado</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Cantidad de la dosis</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Dose time</source>
        <translation>Hora de la dosis</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Dose note</source>
        <translation>Nota de la dosis</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>nota (opcional)</translation>
    </message>
    <message>
        <source>&amp;Add dose</source>
        <translation>Añadir do&amp;sis</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit selected dose</source>
        <translation>Editar la dosis seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Elimi&amp;nar</translation>
    </message>
    <message>
        <source>Delete selected dose</source>
        <translation>Eliminar la dosis seleccionada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>Total taken: %1</source>
        <translation>Total tomado: %1</translation>
    </message>
    <message>
        <source> (%1 above the plan)</source>
        <translation> (%1 por encima del plan)</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %1</source>
        <translation>Registra el resto de la dosis prevista: %1</translation>
    </message>
    <message>
        <source>Logs %1</source>
        <translation>Registra %1</translation>
    </message>
    <message>
        <source>Logged %1 as planned.</source>
        <translation>%1 registrado según lo previsto.</translation>
    </message>
    <message>
        <source>Amount: %1.</source>
        <translation>Cantidad: %1.</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>Hora: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>There is no planned dose for this day</source>
        <translation>No hay dosis prevista para este día</translation>
    </message>
    <message>
        <source>The planned dose is already logged</source>
        <translation>La dosis prevista ya está registrada</translation>
    </message>
    <message>
        <source>Set up a taper plan to log doses: each dose is kept in the unit of its substance.</source>
        <translation>Configure primero un plan de reducción para registrar dosis: cada dosis se guarda en la unidad de su sustancia.</translation>
    </message>
    <message>
        <source>Edit cancelled; the dose is unchanged.</source>
        <translation>Edición cancelada; la dosis no ha cambiado.</translation>
    </message>
    <message>
        <source>Not saved; the amount is still there to change.</source>
        <translation>No se guardó; usted todavía puede cambiar la cantidad.</translation>
    </message>
    <message>
        <source>Dose changed.</source>
        <translation>Dosis modificada.</translation>
    </message>
    <message>
        <source>Dose added.</source>
        <translation>Dosis añadida.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Guardar cambio&amp;s</translation>
    </message>
    <message>
        <source>Save changes to the dose</source>
        <translation>Guardar los cambios de la dosis</translation>
    </message>
    <message>
        <source>Add dose</source>
        <translation>Añadir dosis</translation>
    </message>
    <message>
        <source>Select a dose in the list first.</source>
        <translation>Primero seleccione una dosis en la lista.</translation>
    </message>
    <message>
        <source>Dose deleted.</source>
        <translation>Dosis eliminada.</translation>
    </message>
</context>
<context>
    <name>DoseStrip</name>
    <message>
        <source>Planned dose</source>
        <translation>Dosis prevista</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Dosis tomadas</translation>
    </message>
    <message>
        <source>Taken as &amp;planned</source>
        <translation>Tomada según lo &amp;previsto</translation>
    </message>
    <message>
        <source>Log the planned dose as taken</source>
        <translation>Registrar la dosis prevista como tomada</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Cantidad de la dosis</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Dose time (optional, HH:MM)</source>
        <translation>Hora de la dosis (opcional, HH:MM)</translation>
    </message>
    <message>
        <source>Optional. 24-hour time, for example 08:30</source>
        <translation>Opcional. Hora en formato de 24 horas, por ejemplo 08:30</translation>
    </message>
    <message>
        <source>&amp;Log dose</source>
        <translation>&amp;Registrar dosis</translation>
    </message>
    <message>
        <source>Log this dose</source>
        <translation>Registrar esta dosis</translation>
    </message>
    <message>
        <source>No taper plan yet.</source>
        <translation>Todavía no hay plan de reducción.</translation>
    </message>
    <message>
        <source>No planned dose for this day.</source>
        <translation>No hay dosis prevista para este día.</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Previsto: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · day %1 of this step</source>
        <translation> · día %1 de este escalón</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <source>Taken: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Tomado: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %1</source>
        <translation>Registra el resto de la dosis prevista: %1</translation>
    </message>
    <message>
        <source>Logs %1</source>
        <translation>Registra %1</translation>
    </message>
    <message>
        <source>The dose was not logged: %1</source>
        <translation>No se registró la dosis: %1</translation>
    </message>
    <message>
        <source>Logged %1 as planned.</source>
        <translation>%1 registrado según lo previsto.</translation>
    </message>
    <message>
        <source>The time &apos;%1&apos; is not HH:MM, for example 08:30. Nothing was logged.</source>
        <translation>La hora &apos;%1&apos; no tiene el formato HH:MM, por ejemplo 08:30. No se registró nada.</translation>
    </message>
    <message>
        <source>Logged %1.</source>
        <translation>%1 registrado.</translation>
    </message>
    <message>
        <source>Not logged; the amount is still there to change.</source>
        <translation>No se registró; usted todavía puede cambiar la cantidad.</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%s %s&lt;/b&gt;</source>
        <translation type="vanished">Prevista: &lt;b&gt;%s %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · on hold</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <source>Taken: not logged</source>
        <translation>Tomada: no registrada</translation>
    </message>
    <message>
        <source>Set up a taper plan in the Taper calendar tab to log doses here.</source>
        <translation>Configure un plan de reducción en la pestaña Calendario de reducción para registrar dosis aquí.</translation>
    </message>
    <message>
        <source>Taken: &lt;b&gt;%s %s&lt;/b&gt; (%s)</source>
        <translation type="vanished">Tomada: &lt;b&gt;%s %s&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>There is no planned dose for this day</source>
        <translation>No hay dosis prevista para este día</translation>
    </message>
    <message>
        <source>The planned dose is already logged</source>
        <translation>La dosis prevista ya está registrada</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %s %s</source>
        <translation type="vanished">Registra el resto de la dosis prevista: %s %s</translation>
    </message>
    <message>
        <source>Logs %s %s</source>
        <translation type="vanished">Registra %s %s</translation>
    </message>
    <message>
        <source>Logged %s %s as planned.</source>
        <translation type="vanished">Se registraron %s %s según lo previsto.</translation>
    </message>
    <message>
        <source>Type the amount taken first.</source>
        <translation>Primero escriba la cantidad tomada.</translation>
    </message>
    <message>
        <source>The time %r is not HH:MM, for example 08:30. Nothing was logged.</source>
        <translation type="vanished">La hora %r no tiene el formato HH:MM, por ejemplo 08:30. No se registró nada.</translation>
    </message>
    <message>
        <source>Logged %s %s.</source>
        <translation type="vanished">Se registraron %s %s.</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Open the unsaved check-in</source>
        <translation>Abrir el registro diario sin guardar</translation>
    </message>
    <message>
        <source>Dismiss the draft notice</source>
        <translation>Cerrar el aviso del borrador</translation>
    </message>
    <message>
        <source>Draft not saved: the check-in for %1.</source>
        <translation>Borrador sin guardar: el registro diario del %1.</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Borrador sin guardar: %1</translation>
    </message>
    <message>
        <source>One more day has a draft (marked in the calendar).</source>
        <translation>Un día más tiene un borrador (marcado en el calendario).</translation>
    </message>
    <message>
        <source>(and 1 more day)</source>
        <translation>(y 1 día más)</translation>
    </message>
    <message>
        <source>%d more days have drafts (marked in the calendar).</source>
        <translation type="vanished">%d días más tienen borradores (marcados en el calendario).</translation>
    </message>
    <message>
        <source>(and %d more days)</source>
        <translation type="vanished">(y %d días más)</translation>
    </message>
</context>
<context>
    <name>FhirDialog</name>
    <message>
        <source>Export for a clinic system</source>
        <translation>Exportar para el sistema de una clínica</translation>
    </message>
    <message>
        <source>A FHIR R4 file that a clinic&apos;s record system can read: your check-ins, doses, visits and your taper plan. It is saved only where you choose; give it to your clinic the way they ask.</source>
        <translation>Un archivo FHIR R4 que puede leer el sistema de historias clínicas de una clínica: sus registros diarios, dosis, visitas y su plan de reducción. Solo se guarda donde usted elija; entrégueselo a su clínica de la forma que le pidan.</translation>
    </message>
    <message>
        <source>&amp;All days</source>
        <translation>&amp;Todos los días</translation>
    </message>
    <message>
        <source>Export all days</source>
        <translation>Exportar todos los días</translation>
    </message>
    <message>
        <source>First day to export</source>
        <translation>Primer día que exportar</translation>
    </message>
    <message>
        <source>Last day to export</source>
        <translation>Último día que exportar</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>The name is the only personal detail in the file; leave it empty to leave it out.</source>
        <translation>El nombre es el único dato personal del archivo; déjelo vacío para no incluirlo.</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation type="vanished">Problema con las fechas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="vanished">&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Patient name:</source>
        <translation>Nombre del &amp;paciente:</translation>
    </message>
    <message>
        <source>&amp;Save file...</source>
        <translation>&amp;Guardar archivo...</translation>
    </message>
    <message>
        <source>Save the clinic file</source>
        <translation>Guardar el archivo para la clínica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation type="vanished">El primer día (%1) es posterior al último (%2). Elija un primer día igual o anterior al último.</translation>
    </message>
</context>
<context>
    <name>HoldBanner</name>
    <message>
        <source>Suggestion about a hold</source>
        <translation>Sugerencia sobre una pausa</translation>
    </message>
    <message>
        <source>Rec&amp;ord a hold from today</source>
        <translation>Registrar una pa&amp;usa desde hoy</translation>
    </message>
    <message>
        <source>Record a hold from today</source>
        <translation>Registrar una pausa desde hoy</translation>
    </message>
    <message>
        <source>Pauses the steps from today until you end the hold; later steps move on by the days held. Plan to confirm with your provider.</source>
        <translation>Detiene los escalones desde hoy hasta que termine la pausa; los escalones siguientes se mueven tantos días como dure. Un plan para confirmar con su profesional de salud.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Dismiss this suggestion</source>
        <translation>Cerrar esta sugerencia</translation>
    </message>
    <message>
        <source>No hold recorded: %1</source>
        <translation>No se registró la pausa: %1</translation>
    </message>
    <message>
        <source>A hold from today is recorded; the steps pause until you end it. Plan to confirm with your provider.</source>
        <translation>Se registró una pausa desde hoy; los escalones se detienen hasta que la termine. Un plan para confirmar con su profesional de salud.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Pause the steps (hold)</source>
        <translation>Pausar los escalones</translation>
    </message>
    <message>
        <source>A hold keeps the current dose and moves every later step back by the days held. Consider discussing a hold with your provider.</source>
        <translation>Una pausa mantiene la dosis actual y retrasa cada escalón siguiente tantos días como dure. Considere hablar de una pausa con su profesional de salud.</translation>
    </message>
    <message>
        <source>First held day</source>
        <translation>Primer día en pausa</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Hasta que reanude</translation>
    </message>
    <message>
        <source>Hold until I resume</source>
        <translation>Pausa hasta que reanude</translation>
    </message>
    <message>
        <source>Last held day</source>
        <translation>Último día en pausa</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Motivo de la pausa</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Start hold</source>
        <translation>Empezar la pausa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The last held day cannot be before the first.</source>
        <translation>El último día en pausa no puede ser anterior al primero.</translation>
    </message>
</context>
<context>
    <name>IncreaseBox</name>
    <message>
        <source>This plan raises the dose</source>
        <translation>Este plan aumenta la dosis</translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation>Aumento de dosis</translation>
    </message>
    <message>
        <source>My provider agreed to this &amp;increase</source>
        <translation>Mi profesional sanitario acordó este &amp;aumento</translation>
    </message>
    <message>
        <source>My provider agreed to this increase</source>
        <translation>Mi profesional sanitario acordó este aumento</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;name</source>
        <translation>&amp;Nombre del profesional</translation>
    </message>
    <message>
        <source>Name of the provider who agreed the increase</source>
        <translation>Nombre del profesional que acordó el aumento</translation>
    </message>
    <message>
        <source>e.g. Dr. Rivera</source>
        <translation>p. ej., Dra. Rivera</translation>
    </message>
    <message>
        <source>Dose increase problem</source>
        <translation>Problema con el aumento de dosis</translation>
    </message>
    <message>
        <source>On %1 the dose rises from %2 to %3.</source>
        <translation>El %1 la dosis sube de %2 a %3.</translation>
    </message>
    <message>
        <source>An increase is saved only when your provider agreed it; their name is kept with this revision and shown in the plan history and the report.</source>
        <translation>Un aumento solo se guarda si su profesional sanitario lo acordó; su nombre se guarda con esta versión y aparece en el historial del plan y en el informe.</translation>
    </message>
    <message>
        <source>Type the name of the provider who agreed it.</source>
        <translation>Escriba el nombre del profesional que lo acordó.</translation>
    </message>
    <message>
        <source>Tick the box only if your provider agreed this increase, and type their name.</source>
        <translation>Marque la casilla solo si su profesional sanitario acordó este aumento, y escriba su nombre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main sections</source>
        <translation>Secciones principales</translation>
    </message>
    <message>
        <source>Taper &amp;calendar</source>
        <translation>&amp;Calendario de reducción</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Registro &amp;diario</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>Ready. Your data stays on this computer.</source>
        <translation>Listo. Sus datos se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)...</source>
        <translation>Exportar in&amp;forme (PDF)...</translation>
    </message>
    <message>
        <source>Make a PDF summary to bring to your provider</source>
        <translation>Crear un resumen en PDF para llevar a su profesional de salud</translation>
    </message>
    <message>
        <source>Export &amp;chart as PNG...</source>
        <translation>Exportar el &amp;gráfico como PNG...</translation>
    </message>
    <message>
        <source>Save the charts as shown to an image file</source>
        <translation>Guardar los gráficos tal como se ven en un archivo de imagen</translation>
    </message>
    <message>
        <source>Print &amp;plan sheet (PDF)...</source>
        <translation>Imprimir la hoja del &amp;plan (PDF)...</translation>
    </message>
    <message>
        <source>One page of the plan ahead, to pin up or show a pharmacist</source>
        <translation>Una página con el plan por delante, para colgarla o enseñarla en la farmacia</translation>
    </message>
    <message>
        <source>Export for a clinic &amp;system (FHIR)...</source>
        <translation>Exportar para el sistema de una clí&amp;nica (FHIR)...</translation>
    </message>
    <message>
        <source>Save your diary in the format clinic record systems read</source>
        <translation>Guardar su diario en el formato que leen los sistemas de historias clínicas</translation>
    </message>
    <message>
        <source>Export cale&amp;ndar (iCalendar)...</source>
        <translation>Exportar el ca&amp;lendario (iCalendar)...</translation>
    </message>
    <message>
        <source>Save the step days, holds and appointments for your calendar app</source>
        <translation>Guardar los días de escalón, las pausas y las citas para su aplicación de calendario</translation>
    </message>
    <message>
        <source>Calendar: remind the e&amp;vening before each step</source>
        <translation>Calendario: avisar la &amp;víspera de cada escalón</translation>
    </message>
    <message>
        <source>Exported calendars get a reminder at 20:00 the evening before each step</source>
        <translation>Los calendarios exportados llevan un aviso a las 20:00 la víspera de cada escalón</translation>
    </message>
    <message>
        <source>&amp;Import data...</source>
        <translation>&amp;Importar datos...</translation>
    </message>
    <message>
        <source>E&amp;xport data...</source>
        <translation>E&amp;xportar datos...</translation>
    </message>
    <message>
        <source>Restore from &amp;backup...</source>
        <translation>Restaurar desde una &amp;copia de seguridad...</translation>
    </message>
    <message>
        <source>Go back to a daily backup copy of your data</source>
        <translation>Volver a una copia de seguridad diaria de sus datos</translation>
    </message>
    <message>
        <source>Back &amp;up now...</source>
        <translation>Hacer una copia a&amp;hora...</translation>
    </message>
    <message>
        <source>Save a complete copy of your data where you choose, a USB stick for example</source>
        <translation>Guardar una copia completa de sus datos donde usted elija, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>Restore from a &amp;file...</source>
        <translation>Restaurar desde un &amp;archivo...</translation>
    </message>
    <message>
        <source>Go back to a backup copy saved anywhere; it is checked first</source>
        <translation>Volver a una copia de seguridad guardada en cualquier sitio; antes se comprueba</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide your diary until the passphrase is typed again</source>
        <translation>Ocultar su diario hasta que se vuelva a escribir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Delete all my data...</source>
        <translation>Borrar to&amp;dos mis datos...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Save check-&amp;in</source>
        <translation>Guardar el registro &amp;diario</translation>
    </message>
    <message>
        <source>Save the check-in shown</source>
        <translation>Guardar el registro diario mostrado</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Taper Desktop</source>
        <translation>&amp;Acerca de Taper Desktop</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
</context>
<context>
    <name>MeasuresBox</name>
    <message>
        <source>0 none – 10 strongest</source>
        <translation>0 nada – 10 lo más intenso</translation>
    </message>
    <message>
        <source>0 none – 10 worst imaginable</source>
        <translation>0 nada – 10 el peor imaginable</translation>
    </message>
    <message>
        <source>in half hours, e.g. 6.5</source>
        <translation>en medias horas, p. ej. 6,5</translation>
    </message>
    <message>
        <source>0 very poor – 10 very good</source>
        <translation>0 muy mala – 10 muy buena</translation>
    </message>
    <message>
        <source>0 very low – 10 very good</source>
        <translation>0 muy bajo – 10 muy bueno</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss this note for the day</source>
        <translation>Cerrar esta nota por hoy</translation>
    </message>
    <message>
        <source>Hide this note for this day</source>
        <translation>Ocultar esta nota por hoy</translation>
    </message>
</context>
<context>
    <name>OtherMedsBox</name>
    <message>
        <source>None added for this day.</source>
        <translation>No se añadió ninguno para este día.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Other medication name</source>
        <translation>Nombre del otro medicamento</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Other medication amount (optional)</source>
        <translation>Cantidad del otro medicamento (opcional)</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Other medication unit</source>
        <translation>Unidad del otro medicamento</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Other medication time (optional, HH:MM)</source>
        <translation>Hora del otro medicamento (opcional, HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>Add this medication</source>
        <translation>Añadir este medicamento</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se añadió: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Type the medication&apos;s name first.</source>
        <translation>Primero escriba el nombre del medicamento.</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>Problem with the dates</source>
        <translation>Problema con las fechas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation>El primer día (%1) es posterior al último (%2). Elija un primer día igual o anterior al último.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the taper plan</source>
        <translation>Cambiar el plan de reducción</translation>
    </message>
    <message>
        <source>Set up your taper plan</source>
        <translation>Configurar su plan de reducción</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Save as a new revision</source>
        <translation>Guardar como nueva revisión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>These fields give the plan already in force. Change the dose, the rule, the pace or the dated steps to save a new revision. To pause the steps, use Pause steps (hold) in the calendar.</source>
        <translation>Estos campos dan el plan que ya está en vigor. Para guardar una nueva revisión, cambie la dosis, la regla, el ritmo o los escalones con fecha. Para hacer una pausa, use «Pausar los escalones» en el calendario.</translation>
    </message>
    <message>
        <source>Type the %1.</source>
        <translation>Escriba la %1.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 no es un número.</translation>
    </message>
    <message>
        <source>Saving adds a new revision. The current plan stays in the history and days before the date in force keep the schedule they had.</source>
        <translation>Al guardar se añade una nueva revisión. El plan actual queda en el historial y los días anteriores a la fecha de entrada en vigor conservan el calendario que tenían.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 días</translation>
    </message>
    <message>
        <source>Increase agreed with provider</source>
        <translation type="vanished">Aumento acordado con mi profesional de salud</translation>
    </message>
    <message>
        <source>Plan agreed with my provider</source>
        <translation type="vanished">Plan acordado con mi profesional de salud</translation>
    </message>
    <message>
        <source>Type the substance&apos;s name.</source>
        <translation>Escriba el nombre de la sustancia.</translation>
    </message>
    <message>
        <source>Type the unit, e.g. mg or tablets.</source>
        <translation>Escriba la unidad, p. ej., mg o pastillas.</translation>
    </message>
    <message>
        <source>start dose</source>
        <translation>dosis inicial</translation>
    </message>
    <message>
        <source>The start dose must be greater than 0.</source>
        <translation type="vanished">La dosis inicial debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>rounding amount</source>
        <translation>cantidad de redondeo</translation>
    </message>
    <message>
        <source>Rounding must be greater than 0.</source>
        <translation type="vanished">El redondeo debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>target dose (0 to stop)</source>
        <translation>dosis objetivo (0 para dejarlo)</translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation type="vanished">El objetivo no puede ser menor que 0.</translation>
    </message>
    <message>
        <source>The target must be below the start dose.</source>
        <translation type="vanished">El objetivo debe ser menor que la dosis inicial.</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>tamaño del escalón</translation>
    </message>
    <message>
        <source>The percent per step must be above 0 and at most 50.</source>
        <translation type="vanished">El porcentaje por escalón debe ser mayor que 0 y como mucho 50.</translation>
    </message>
    <message>
        <source>The amount per step must be greater than 0.</source>
        <translation type="vanished">La cantidad por escalón debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>The amount per step cannot be more than the start dose.</source>
        <translation type="vanished">La cantidad por escalón no puede ser mayor que la dosis inicial.</translation>
    </message>
    <message>
        <source>Type a whole number of days, at least 1.</source>
        <translation>Escriba un número entero de días, al menos 1.</translation>
    </message>
    <message>
        <source>A change cannot start before the plan itself (%s).</source>
        <translation type="vanished">Un cambio no puede empezar antes que el propio plan (%s).</translation>
    </message>
    <message>
        <source>%s: dates must be in order, each after the one before and after the start date.</source>
        <translation type="vanished">%s: las fechas deben ir en orden, cada una después de la anterior y de la fecha de inicio.</translation>
    </message>
    <message>
        <source>%s: the dose cannot be below 0.</source>
        <translation type="vanished">%s: la dosis no puede ser menor que 0.</translation>
    </message>
    <message>
        <source>%s raises the dose. Tick &apos;increase agreed with provider&apos; only if that is what you agreed.</source>
        <translation type="vanished">%s sube la dosis. Marque «aumento acordado con mi profesional de salud» solo si es lo que acordaron.</translation>
    </message>
    <message>
        <source>Add at least one dated step.</source>
        <translation type="vanished">Añada al menos un escalón con fecha.</translation>
    </message>
    <message>
        <source>%d days</source>
        <translation type="vanished">%d días</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 día</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>e.g. mg or tablets</source>
        <translation>p. ej. mg o comprimidos</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Days before this date keep the schedule they had.</source>
        <translation>Los días anteriores a esta fecha conservan el calendario que tenían.</translation>
    </message>
    <message>
        <source>Proportional: a percentage of the most recent dose</source>
        <translation>Proporcional: un porcentaje de la dosis más reciente</translation>
    </message>
    <message>
        <source>Linear: the same amount each step</source>
        <translation>Lineal: la misma cantidad en cada escalón</translation>
    </message>
    <message>
        <source>Custom: dated steps from a paper schedule</source>
        <translation>Personalizado: escalones con fecha de un calendario en papel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>About this rule</source>
        <translation>Sobre esta regla</translation>
    </message>
    <message>
        <source>Start dose per day</source>
        <translation>Dosis inicial al día</translation>
    </message>
    <message>
        <source>Where the start dose comes from</source>
        <translation>De dónde viene la dosis inicial</translation>
    </message>
    <message>
        <source>Percent per step</source>
        <translation>Porcentaje por escalón</translation>
    </message>
    <message>
        <source>Step every (days)</source>
        <translation>Escalón cada (días)</translation>
    </message>
    <message>
        <source>Round doses to</source>
        <translation>Redondear las dosis a</translation>
    </message>
    <message>
        <source>The smallest amount you can measure: scale resolution, half tablet, mL.</source>
        <translation>La cantidad más pequeña que puede medir: precisión de la báscula, media pastilla, mL.</translation>
    </message>
    <message>
        <source>Target dose</source>
        <translation>Dosis objetivo</translation>
    </message>
    <message>
        <source>0 to stop, or the dose the taper ends at.</source>
        <translation>0 para dejarlo, o la dosis en la que termina la reducción.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. slower steps agreed at the visit</source>
        <translation>p. ej., escalones más lentos acordados en la visita</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Acordado con</translation>
    </message>
    <message>
        <source>optional, e.g. Dr. Rivera</source>
        <translation>opcional, p. ej. Dra. Rivera</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problema en %1</translation>
    </message>
    <message>
        <source>Filled in from your plan: %1 is planned for %2. Change it only if your provider agreed another dose.</source>
        <translation>Tomado de su plan: %1 está previsto para el %2. Cámbielo solo si su profesional sanitario acordó otra dosis.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>the dose agreed with your provider</source>
        <translation>la dosis acordada con su profesional sanitario</translation>
    </message>
    <message>
        <source>e.g. %1 (to stop)</source>
        <translation>p. ej. %1 (para dejarlo)</translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation>Dosis inicial</translation>
    </message>
    <message>
        <source>Amount per step</source>
        <translation>Cantidad por escalón</translation>
    </message>
    <message>
        <source>Each step removes a fixed share of the most recent dose, so steps shrink as the dose falls (Horowitz &amp; Taylor, Lancet Psychiatry 2019). That paper is about antidepressants; applying it to opioids or kratom is your provider&apos;s decision.</source>
        <translation>Cada paso quita una parte fija de la dosis más reciente, así los pasos se reducen a medida que baja la dosis (Horowitz &amp; Taylor, Lancet Psychiatry 2019). Ese trabajo trata de antidepresivos; aplicarlo a opioides o kratom lo decide su profesional sanitario.</translation>
    </message>
    <message>
        <source>Each step removes the same amount, so the last steps are a large share of what is left.</source>
        <translation>Cada paso quita la misma cantidad, así que los últimos pasos son una gran parte de lo que queda.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Plan history</source>
        <translation>Historial del plan</translation>
    </message>
    <message>
        <source>Entered something wrongly? Select the revision or hold, then correct or withdraw it. Nothing is erased: the original stays here, marked as withdrawn.</source>
        <translation>¿Introdujo algo mal? Seleccione la revisión o la pausa y corríjala o retírela. No se borra nada: el original queda aquí, marcado como retirado.</translation>
    </message>
    <message>
        <source>Revisions of the plan (%1)</source>
        <translation>Revisiones del plan (%1)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation>Dosis inicial</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Acordado con</translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation>Aumento de dosis</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Plan revisions</source>
        <translation>Revisiones del plan</translation>
    </message>
    <message>
        <source>Correct revision...</source>
        <translation>Corregir la revisión...</translation>
    </message>
    <message>
        <source>Withdraw revision...</source>
        <translation>Retirar la revisión...</translation>
    </message>
    <message>
        <source>Holds (steps paused)</source>
        <translation>Pausas (escalones detenidos)</translation>
    </message>
    <message>
        <source>First held day</source>
        <translation>Primer día en pausa</translation>
    </message>
    <message>
        <source>Last held day</source>
        <translation>Último día en pausa</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Correct hold...</source>
        <translation>Corregir la pausa...</translation>
    </message>
    <message>
        <source>Withdraw hold...</source>
        <translation>Retirar la pausa...</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>in force until %1, then replaced</source>
        <translation>en vigor hasta el %1, después sustituida</translation>
    </message>
    <message>
        <source>withdrawn on %1 (%2)</source>
        <translation>retirada el %1 (%2)</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>introducida por error</translation>
    </message>
    <message>
        <source>Not corrected: %1. The revision is unchanged.</source>
        <translation>No se corrigió: %1. La revisión no ha cambiado.</translation>
    </message>
    <message>
        <source>Corrected. The revision from %1 is kept in the list as withdrawn on %2.</source>
        <translation>Corregido. La revisión del %1 se mantiene en la lista como retirada el %2.</translation>
    </message>
    <message>
        <source>the revision in force from %1</source>
        <translation>la revisión en vigor desde el %1</translation>
    </message>
    <message>
        <source>Not withdrawn: %1.</source>
        <translation>No se retiró: %1.</translation>
    </message>
    <message>
        <source>Not corrected: %1. The hold is unchanged.</source>
        <translation>No se corrigió: %1. La pausa no ha cambiado.</translation>
    </message>
    <message>
        <source>Corrected. The hold from %1 is kept in the list as withdrawn on %2.</source>
        <translation>Corregido. La pausa del %1 se mantiene en la lista como retirada el %2.</translation>
    </message>
    <message>
        <source>the hold from %1</source>
        <translation>la pausa desde el %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>until resumed</source>
        <translation>hasta que se reanude</translation>
    </message>
    <message>
        <source>No holds</source>
        <translation>Sin pausas</translation>
    </message>
    <message>
        <source>Withdrawn; it stays in the list, marked.</source>
        <translation>Retirada; sigue en la lista, marcada.</translation>
    </message>
    <message>
        <source>Correct a hold entered in error</source>
        <translation>Corregir una pausa introducida por error</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Hacer el registro diario ahora</translation>
    </message>
    <message>
        <source>&amp;Open Taper Desktop</source>
        <translation>&amp;Abrir Taper Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Taper Desktop is still running here, so the daily reminder can appear. Click this icon to open it again; quit from its menu.</source>
        <translation>Taper Desktop sigue funcionando aquí para que pueda aparecer el recordatorio diario. Haga clic en este icono para abrirlo de nuevo; para salir, use su menú.</translation>
    </message>
    <message>
        <source>No check-in yet today. It takes under a minute when you are ready.</source>
        <translation>Todavía no hay registro diario hoy. Le llevará menos de un minuto cuando esté listo.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Check in now</source>
        <translation>Hacer el registro diario ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="vanished">Ahora no</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Cerrar el recordatorio</translation>
    </message>
    <message>
        <source>No check-in yet today.</source>
        <translation>Todavía no hay registro diario hoy.</translation>
    </message>
    <message>
        <source>Yesterday has no check-in yet.</source>
        <translation>Ayer todavía no tiene registro diario.</translation>
    </message>
    <message>
        <source>%1 has no check-in yet.</source>
        <translation>El %1 todavía no tiene registro diario.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>hold</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>%1 total (0-%2)</source>
        <translation>Total %1 (0-%2)</translation>
    </message>
    <message>
        <source>Planned dose (%1)</source>
        <translation>Dosis prevista (%1)</translation>
    </message>
    <message>
        <source>Planned dose (%1/day)</source>
        <translation>Dosis prevista (%1/día)</translation>
    </message>
    <message>
        <source>daily total (complete check-ins)</source>
        <translation>total diario (registros diarios completos)</translation>
    </message>
    <message>
        <source>7-day mean (at least 4 days)</source>
        <translation>media de 7 días (al menos 4 días)</translation>
    </message>
    <message>
        <source>planned dose</source>
        <translation>dosis prevista</translation>
    </message>
    <message>
        <source>Patient-reported data. Severity bands are conventional, not validated. This summary is not a diagnosis.</source>
        <translation>Datos comunicados por el paciente. Las franjas de gravedad son convencionales, no validadas. Este resumen no es un diagnóstico.</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 días</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generado el %1 con %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>cut %1% of the most recent dose every %2</source>
        <translation>reducir un %1% de la dosis más reciente cada %2</translation>
    </message>
    <message>
        <source>cut %1 every %2</source>
        <translation>reducir %1 cada %2</translation>
    </message>
    <message>
        <source>custom steps (%1)</source>
        <translation>escalones personalizados (%1)</translation>
    </message>
    <message>
        <source>custom steps</source>
        <translation>escalones personalizados</translation>
    </message>
    <message>
        <source>from %1, %2, measured to %3, target %4</source>
        <translation>desde %1, %2, medido en pasos de %3, objetivo %4</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No taper plan is recorded.</source>
        <translation>No hay ningún plan de reducción registrado.</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más adelante</translation>
    </message>
    <message>
        <source>Planned dose</source>
        <translation>Dosis prevista</translation>
    </message>
    <message>
        <source>the plan starts %1, after this period</source>
        <translation>el plan empieza el %1, después de este periodo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1/day&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1/día&lt;/b&gt; el %2</translation>
    </message>
    <message>
        <source>(%1 MME/day, CDC 2022 table)</source>
        <translation>(%1 MME/día, tabla de los CDC de 2022)</translation>
    </message>
    <message>
        <source>Reduced since plan start</source>
        <translation>Reducción desde el inicio del plan</translation>
    </message>
    <message>
        <source>%1% (from %2 on %3)</source>
        <translation>%1% (desde %2 el %3)</translation>
    </message>
    <message>
        <source>Reduced over period</source>
        <translation>Reducción en el periodo</translation>
    </message>
    <message>
        <source>%1% (planned %2 at the start, %3 at the end)</source>
        <translation>%1% (previsto %2 al principio, %3 al final)</translation>
    </message>
    <message>
        <source>day %1 at %2 (since %3)</source>
        <translation type="vanished">día %1 con %2 (desde el %3)</translation>
    </message>
    <message>
        <source>on hold since %1 with no end date: later steps wait until the hold ends</source>
        <translation>en pausa desde el %1 sin fecha de fin: los escalones siguientes esperan a que termine la pausa</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>next planned step %1 to %2</source>
        <translation>próximo escalón previsto el %1 a %2</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>objetivo alcanzado</translation>
    </message>
    <message>
        <source>no further step scheduled</source>
        <translation>ningún escalón más previsto</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Escalón actual</translation>
    </message>
    <message>
        <source>Planned and logged doses</source>
        <translation>Dosis previstas y registradas</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>none logged in this period (0 of %1)</source>
        <translation>ninguna registrada en este periodo (0 de %1)</translation>
    </message>
    <message>
        <source>logged on %1 of %2; at or below plan on %3 of %4 logged days with a plan</source>
        <translation type="vanished">registradas %1 de %2; en el plan o por debajo %3 de %4 días registrados con plan</translation>
    </message>
    <message>
        <source>above plan on %1</source>
        <translation type="vanished">por encima del plan %1</translation>
    </message>
    <message>
        <source>logged on %1 of %2</source>
        <translation type="vanished">registradas %1 de %2</translation>
    </message>
    <message>
        <source>on %1 of %2</source>
        <translation type="vanished">%1 de %2</translation>
    </message>
    <message>
        <source>(%1 complete, %2 partial: a partial check-in has no total)</source>
        <translation>(%1 completos, %2 parciales: un registro diario parcial no tiene total)</translation>
    </message>
    <message>
        <source>Symptom check-ins</source>
        <translation>Registros diarios de síntomas</translation>
    </message>
    <message>
        <source>Notes only</source>
        <translation>Solo notas</translation>
    </message>
    <message>
        <source>%1 with a note and no symptom rated (not counted as check-ins)</source>
        <translation>%1 con una nota y ningún síntoma puntuado (no cuentan como registros diarios)</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>%1 with neither a dose nor a check-in: %2</source>
        <translation>%1 sin dosis ni registro diario: %2</translation>
    </message>
    <message>
        <source>none: every day has a dose or a check-in</source>
        <translation>ninguno: todos los días tienen una dosis o un registro diario</translation>
    </message>
    <message>
        <source>and %1 more (see daily table)</source>
        <translation>y %1 más (vea la tabla diaria)</translation>
    </message>
    <message>
        <source>Withdrawal symptoms</source>
        <translation>Síntomas de abstinencia</translation>
    </message>
    <message>
        <source>No symptom check-ins in this period.</source>
        <translation>No hay registros diarios de síntomas en este periodo.</translation>
    </message>
    <message>
        <source>Two scales were used in this period; their totals are never combined and are shown separately.</source>
        <translation>En este periodo se usaron dos escalas; sus totales nunca se combinan y se muestran por separado.</translation>
    </message>
    <message>
        <source>1 complete check-in</source>
        <translation type="vanished">1 registro diario completo</translation>
    </message>
    <message>
        <source>%1 complete check-ins</source>
        <translation type="vanished">%1 registros diarios completos</translation>
    </message>
    <message>
        <source>mean total %1, highest %2 (range 0-%3)</source>
        <translation>total medio %1, máximo %2 (rango 0-%3)</translation>
    </message>
    <message>
        <source>1 partial check-in not plotted</source>
        <translation type="vanished">1 registro diario parcial no representado</translation>
    </message>
    <message>
        <source>%1 partial check-ins not plotted</source>
        <translation type="vanished">%1 registros diarios parciales no representados</translation>
    </message>
    <message>
        <source>gaps in the line: %1 without a complete check-in</source>
        <translation>huecos en la línea: %1 sin registro diario completo</translation>
    </message>
    <message>
        <source>dotted lines: conventional band limits (%1)</source>
        <translation>líneas de puntos: límites de las franjas convencionales (%1)</translation>
    </message>
    <message>
        <source>Means over the period</source>
        <translation>Medias del periodo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Mean of the days recorded (n = days with a value); not-logged days are left out. The period is shorter than two weeks, so first and last weeks are not compared.</source>
        <translation>Media de los días anotados (n = días con un valor); los días no registrados no se cuentan. El periodo dura menos de dos semanas, así que no se comparan la primera y la última semana.</translation>
    </message>
    <message>
        <source>First week and last week</source>
        <translation>Primera y última semana</translation>
    </message>
    <message>
        <source>No check-ins to compare.</source>
        <translation>No hay registros diarios que comparar.</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Primera semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Mean of the days recorded (n = days with a value); not-logged days are left out.</source>
        <translation>Media de los días anotados (n = días con un valor); los días no registrados no se cuentan.</translation>
    </message>
    <message>
        <source>from %1, no end date yet</source>
        <translation>desde el %1, todavía sin fecha de fin</translation>
    </message>
    <message>
        <source>(%1 total %2)</source>
        <translation>(total %1 %2)</translation>
    </message>
    <message>
        <source>(note, no symptoms rated)</source>
        <translation>(nota, sin síntomas puntuados)</translation>
    </message>
    <message>
        <source>(partial check-in)</source>
        <translation>(registro diario parcial)</translation>
    </message>
    <message>
        <source>and %1 more, highlighted in the daily table</source>
        <translation>y %1 más, resaltados en la tabla diaria</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>ninguna en este periodo</translation>
    </message>
    <message>
        <source>Flagged for the provider</source>
        <translation>Marcados para el profesional de salud</translation>
    </message>
    <message>
        <source>no day was flagged</source>
        <translation>no se marcó ningún día</translation>
    </message>
    <message>
        <source>COWS at visits</source>
        <translation>COWS en las visitas</translation>
    </message>
    <message>
        <source>none recorded in this period</source>
        <translation>ninguno anotado en este periodo</translation>
    </message>
    <message>
        <source>Holds, flagged days and visits</source>
        <translation>Pausas, días marcados y visitas</translation>
    </message>
    <message>
        <source>Daily table</source>
        <translation>Tabla diaria</translation>
    </message>
    <message>
        <source>No day in this period has a dose or a check-in.</source>
        <translation>Ningún día de este periodo tiene una dosis o un registro diario.</translation>
    </message>
    <message>
        <source>%1
total
(0-%2)</source>
        <translation>%1
total
(0-%2)</translation>
    </message>
    <message>
        <source>%1
band</source>
        <translation>%1
franja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Taper summary</source>
        <translation>Resumen de la reducción</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation>Traducción no validada</translation>
    </message>
    <message>
        <source>Morphine milligram equivalents</source>
        <translation>Equivalentes de miligramos de morfina</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>page 1</source>
        <translation>página 1</translation>
    </message>
    <message>
        <source>before the diary</source>
        <translation>antes del diario</translation>
    </message>
    <message>
        <source>increase from %1 to %2 on %3</source>
        <translation>aumento de %1 a %2 el %3</translation>
    </message>
    <message>
        <source>agreement not recorded</source>
        <translation>acuerdo no registrado</translation>
    </message>
    <message>
        <source>agreed with %1</source>
        <translation>acordado con %1</translation>
    </message>
    <message>
        <source>agreed with %1 on %2</source>
        <translation>acordado con %1 el %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; el %2</translation>
    </message>
    <message>
        <source>day %1 of this step, %2 (since %3)</source>
        <translation>día %1 de este escalón, %2 (desde el %3)</translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation>Aumento de dosis</translation>
    </message>
    <message>
        <source>Planned
(%1)</source>
        <translation>Prevista
(%1)</translation>
    </message>
    <message>
        <source>Taken
(%1)</source>
        <translation>Tomada
(%1)</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Ansia</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Sleep h /
quality</source>
        <translation>Sueño h /
calidad</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Flagged.</source>
        <translation>Marcado.</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>sin plan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>%1/%2 items</source>
        <translation>%1/%2 preguntas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Blank or –: not recorded that day. &quot;partial&quot;: some scale items were left unanswered, so there is no total. &quot;note&quot;: a note with no symptom rated, not a check-in. Shaded planned dose: the plan was on hold. Highlighted rows were flagged for the provider.</source>
        <translation>En blanco o –: no anotado ese día. «parcial»: algunas preguntas de la escala quedaron sin responder, así que no hay total. «nota»: una nota sin síntomas puntuados, no es un registro diario. Dosis prevista sombreada: el plan estaba en pausa. Las filas resaltadas se marcaron para el profesional de salud.</translation>
    </message>
    <message>
        <source>Two scales were used in this period: each has its own total column (SOWS 0-64, SOWS-Gossop 0-30); their totals are never combined.</source>
        <translation>En este periodo se usaron dos escalas: cada una tiene su propia columna de total (SOWS 0-64, SOWS-Gossop 0-30); sus totales nunca se combinan.</translation>
    </message>
    <message>
        <source>Notes cut short with … are printed in full under &quot;Notes&quot;.</source>
        <translation>Las notas cortadas con … aparecen completas en «Notas».</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Otros días</translation>
    </message>
    <message>
        <source>Plan revision history</source>
        <translation>Historial de revisiones del plan</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>Holds pause the plan clock: every later step moves by the hold&apos;s length.</source>
        <translation>Las pausas detienen el reloj del plan: cada escalón siguiente se mueve lo que dure la pausa.</translation>
    </message>
    <message>
        <source>Items with the highest mean scores</source>
        <translation>Preguntas con las medias más altas</translation>
    </message>
    <message>
        <source>No scale items were answered in this period.</source>
        <translation>No se respondió ninguna pregunta de la escala en este periodo.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Days answered</source>
        <translation>Días respondidos</translation>
    </message>
    <message>
        <source>extra (not in total)</source>
        <translation>adicional (fuera del total)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Otros medicamentos</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>Ninguno anotado en este periodo.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>The scale items in this report are a translation that has not been validated; the published scales are in English.</source>
        <translation>Las preguntas de las escalas de este informe son una traducción no validada; las escalas publicadas están en inglés.</translation>
    </message>
    <message>
        <source>Scales, sources and notes</source>
        <translation>Escalas, fuentes y notas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical Opiate Withdrawal Scale (COWS)&lt;/b&gt;, recorded as given by a clinician, never computed by the app: %1</source>
        <translation>&lt;b&gt;Escala Clínica de Abstinencia de Opiáceos (Clinical Opiate Withdrawal Scale, COWS)&lt;/b&gt;, anotada tal como la dio un profesional, nunca calculada por la aplicación: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;7-day mean&lt;/b&gt;: mean of the complete totals in the 7 days ending that day, drawn when at least 4 are present. Partial check-ins have no total and are left out of every mean of the total.</source>
        <translation>&lt;b&gt;Media de 7 días&lt;/b&gt;: media de los totales completos de los 7 días que terminan ese día, dibujada cuando hay al menos 4. Los registros diarios parciales no tienen total y quedan fuera de todas las medias del total.</translation>
    </message>
    <message>
        <source>&lt;b&gt;At or below plan&lt;/b&gt;: the day&apos;s logged doses add up to no more than the planned dose. Planned doses come from the rule agreed with the provider.</source>
        <translation>&lt;b&gt;En el plan o por debajo&lt;/b&gt;: las dosis registradas del día no suman más que la dosis prevista. Las dosis previstas salen de la regla acordada con el profesional de salud.</translation>
    </message>
    <message>
        <source>Taper summary for the provider</source>
        <translation>Resumen de la reducción para el profesional de salud</translation>
    </message>
    <message>
        <source>Patient-reported diary kept with Taper Desktop</source>
        <translation>Diario comunicado por el paciente, llevado con Taper Desktop</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional de salud</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>In this period</source>
        <translation>En este periodo</translation>
    </message>
    <message>
        <source>No doses and no check-ins were logged from %1 to %2: all %3 are missing. There is nothing to summarise for these dates.</source>
        <translation>No se registraron dosis ni registros diarios del %1 al %2: faltan los %3. No hay nada que resumir en estas fechas.</translation>
    </message>
    <message>
        <source>Patient-reported taper diary summary for a provider visit</source>
        <translation>Resumen del diario de reducción comunicado por el paciente para una visita</translation>
    </message>
    <message>
        <source>A plan to confirm with your provider: the dates come from the rule agreed with them. This sheet does not prescribe.</source>
        <translation>Un plan para confirmar con su profesional de salud: las fechas salen de la regla acordada con esa persona. Esta hoja no receta nada.</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>1 more step</source>
        <translation type="vanished">1 paso más</translation>
    </message>
    <message>
        <source>%1 more steps</source>
        <translation type="vanished">%1 pasos más</translation>
    </message>
    <message>
        <source>the plan starts on %1 at %2</source>
        <translation>el plan empieza el %1 con %2</translation>
    </message>
    <message>
        <source> (since %1, day %2 of this step)</source>
        <translation> (desde el %1, día %2 de este paso)</translation>
    </message>
    <message>
        <source>; on hold since %1</source>
        <translation>; en pausa desde el %1</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> hasta el %1</translation>
    </message>
    <message>
        <source>, no end date yet</source>
        <translation>, todavía sin fecha de fin</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>The target was reached on %1. No further step is planned.</source>
        <translation>El objetivo se alcanzó el %1. No hay más pasos previstos.</translation>
    </message>
    <message>
        <source>No further step is scheduled.</source>
        <translation>No hay más pasos programados.</translation>
    </message>
    <message>
        <source>The plan is on hold with no end date, so the steps have no dates yet: each is counted from the day the hold ends.</source>
        <translation>El plan está en pausa sin fecha de fin, así que los pasos aún no tienen fecha: cada uno se cuenta desde el día en que termine la pausa.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>%1 after the hold</source>
        <translation>%1 después de la pausa</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>%1 after the hold ends</source>
        <translation>%1 después de que termine la pausa</translation>
    </message>
    <message>
        <source>and %1, reaching the target of %2 %3.</source>
        <translation>y %1, hasta llegar al objetivo de %2 %3.</translation>
    </message>
    <message>
        <source>The last step reaches the target %1.</source>
        <translation>El último paso llega al objetivo %1.</translation>
    </message>
    <message>
        <source>and %1.</source>
        <translation>y %1.</translation>
    </message>
    <message>
        <source>A hold with no end date stops the dates: later steps move when it ends.</source>
        <translation>Una pausa sin fecha de fin detiene las fechas: los pasos siguientes se mueven cuando termine.</translation>
    </message>
    <message>
        <source>No holds so far. A hold pauses the steps; every later step moves by its length.</source>
        <translation>Todavía no hay pausas. Una pausa detiene los pasos; cada paso siguiente se mueve lo que dure la pausa.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> con %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <source>from %1%2, no end date yet</source>
        <translation>desde el %1%2, todavía sin fecha de fin</translation>
    </message>
    <message>
        <source>and 1 earlier hold</source>
        <translation type="vanished">y 1 pausa anterior</translation>
    </message>
    <message>
        <source>and %1 earlier holds</source>
        <translation type="vanished">y %1 pausas anteriores</translation>
    </message>
    <message>
        <source>Provider&apos;s signature</source>
        <translation>Firma del profesional de salud</translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation>Plan de reducción</translation>
    </message>
    <message>
        <source>As agreed with the provider · printed %1</source>
        <translation>Según lo acordado con su profesional de salud · impreso el %1</translation>
    </message>
    <message>
        <source>No taper plan is recorded yet. Set one up with your provider in the Taper calendar, then print this sheet again.</source>
        <translation>Todavía no hay un plan de reducción guardado. Prepárelo con su profesional de salud en el Calendario de reducción y luego vuelva a imprimir esta hoja.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>%1; revision in force from %2</source>
        <translation>%1; versión vigente desde el %2</translation>
    </message>
    <message>
        <source>, recorded %1</source>
        <translation>, anotada el %1</translation>
    </message>
    <message>
        <source>Current dose</source>
        <translation>Dosis actual</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Acordado con</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>%1; the dates below follow the one in force</source>
        <translation>%1; las fechas de abajo siguen la versión vigente</translation>
    </message>
    <message>
        <source>Sources: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3), Recommendations 5 and 8; SAMHSA Opioid Overdose Prevention Toolkit 2018.</source>
        <translation>Fuentes: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3), recomendaciones 5 y 8; SAMHSA Opioid Overdose Prevention Toolkit 2018.</translation>
    </message>
    <message>
        <source>Checked with the provider</source>
        <translation>Revisado con el profesional de salud</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>A PDF summary of your diary to bring to your provider. It is saved only where you choose.</source>
        <translation>Un resumen en PDF de su diario para llevar a su profesional de salud. Solo se guarda donde usted elija.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>Include the &amp;daily table</source>
        <translation>Incluir la &amp;tabla diaria</translation>
    </message>
    <message>
        <source>Include the daily table</source>
        <translation>Incluir la tabla diaria</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>Incluir mis &amp;notas</translation>
    </message>
    <message>
        <source>Include notes</source>
        <translation>Incluir las notas</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del profesional de salud</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation type="vanished">Problema con las fechas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="vanished">&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Patient name:</source>
        <translation>Nombre del &amp;paciente:</translation>
    </message>
    <message>
        <source>P&amp;rovider name:</source>
        <translation>Nombre del p&amp;rofesional de salud:</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>Idio&amp;ma del informe:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Guardar PDF...</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation type="vanished">El primer día (%1) es posterior al último (%2). Elija un primer día igual o anterior al último.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a copy to go back to. Your current data is saved as a backup first, so you can come back to it.</source>
        <translation>Elija una copia a la que volver. Antes se guarda una copia de seguridad de sus datos actuales, para que pueda volver a ellos.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros diarios</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Daily and weekly</source>
        <translation>Diarias y semanales</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>no se puede usar: %1</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>There are no backups yet. A backup is made each day the first time you open Taper Desktop.</source>
        <translation>Todavía no hay copias de seguridad. Se hace una cada día la primera vez que abre Taper Desktop.</translation>
    </message>
</context>
<context>
    <name>SafetyNotes</name>
    <message>
        <source>Safety notes</source>
        <translation>Notas de seguridad</translation>
    </message>
</context>
<context>
    <name>ScaleRows</name>
    <message>
        <source>How do you feel &lt;b&gt;now&lt;/b&gt;? </source>
        <translation>¿Cómo se siente &lt;b&gt;ahora&lt;/b&gt;? </translation>
    </message>
    <message>
        <source>Rate each symptom. </source>
        <translation>Puntúe cada síntoma. </translation>
    </message>
    <message>
        <source>Type a number to answer and move on; leave an item blank if you would rather not answer.</source>
        <translation>Escriba un número para responder y pasar a la siguiente; deje una pregunta en blanco si prefiere no responder.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dose (%1)</source>
        <translation>Dosis (%1)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <source>MME/day</source>
        <translation>MME/día</translation>
    </message>
    <message>
        <source>This step cuts %1% because of rounding.</source>
        <translation>Este paso reduce un %1% por el redondeo.</translation>
    </message>
    <message>
        <source>until changed</source>
        <translation>hasta que cambie</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <source>Proposed schedule: a plan to confirm with your provider</source>
        <translation>Calendario propuesto: un plan para confirmar con su profesional de salud</translation>
    </message>
    <message>
        <source>Projected end date</source>
        <translation>Fecha de fin prevista</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>Vista previa del calendario</translation>
    </message>
    <message>
        <source>Steps made larger by rounding</source>
        <translation>Pasos agrandados por el redondeo</translation>
    </message>
    <message>
        <source>How long the last dose lasts</source>
        <translation>Cuánto dura la última dosis</translation>
    </message>
    <message>
        <source>Pace of the schedule</source>
        <translation>Ritmo del plan</translation>
    </message>
    <message>
        <source>Schedule chart</source>
        <translation>Gráfico del calendario</translation>
    </message>
    <message>
        <source>The schedule appears here once the fields marked on the left are complete.</source>
        <translation>El calendario aparece aquí cuando estén completos los campos marcados a la izquierda.</translation>
    </message>
    <message>
        <source>Projected end: %1 (about %2 weeks), if every step goes as planned.</source>
        <translation>Fin previsto: %1 (unas %2 semanas), si cada escalón va según lo previsto.</translation>
    </message>
    <message>
        <source>Steps are paused by an open hold; the end date moves once you resume.</source>
        <translation>Los escalones están detenidos por una pausa abierta; la fecha de fin cambia cuando reanude.</translation>
    </message>
    <message>
        <source>These steps do not reach the target dose.</source>
        <translation>Estos escalones no llegan a la dosis objetivo.</translation>
    </message>
    <message>
        <source>▲ Rounding to %1 makes these steps cut more than twice %2%: %3.</source>
        <translation>▲ Al redondear a %1, estos pasos reducen más del doble del %2%: %3.</translation>
    </message>
    <message>
        <source>The last dose before the stop, %1, lasts %2.</source>
        <translation>La última dosis antes de dejarlo, %1, dura %2.</translation>
    </message>
    <message>
        <source>The last dose before the target, %1, lasts %2.</source>
        <translation>La última dosis antes del objetivo, %1, dura %2.</translation>
    </message>
    <message>
        <source>Average cut: %1% of the start dose per week.</source>
        <translation>Reducción media: %1% de la dosis inicial por semana.</translation>
    </message>
    <message>
        <source>That is faster than 10% per week. The CDC 2022 opioid guideline (Recommendation 5) calls 10% per week a faster option for people who have used opioids for weeks to months, and says 10% per month is better tolerated after a year or more. Consider discussing the pace with your provider.</source>
        <translation>Es más rápido que un 10% por semana. La guía de opioides de los CDC de 2022 (Recomendación 5) considera el 10% por semana una opción más rápida para quienes han tomado opioides durante semanas o meses, y dice que un 10% al mes se tolera mejor tras un año o más. Considere comentar el ritmo con su profesional sanitario.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Remove everything Taper Desktop keeps on this computer. You will be asked to confirm.</source>
        <translation>Eliminar todo lo que Taper Desktop guarda en este ordenador. Se le pedirá que lo confirme.</translation>
    </message>
    <message>
        <source>Delete all my data...</source>
        <translation>Borrar todos mis datos...</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the reminder cannot appear while Taper Desktop is closed. It will remind you the next time you open it.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que el recordatorio no puede aparecer con Taper Desktop cerrado. Se lo recordará la próxima vez que lo abra.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Taper Desktop.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que al cerrar la ventana se cierra Taper Desktop.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>VisitBox</name>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Appointments this day</source>
        <translation>Citas de este día</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>who you saw</source>
        <translation>a quién vio</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Nota de la cita</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>nota (opcional)</translation>
    </message>
    <message>
        <source>Clinician COWS total</source>
        <translation>Total COWS del profesional</translation>
    </message>
    <message>
        <source>0-48, optional</source>
        <translation>0-48, opcional</translation>
    </message>
    <message>
        <source>Only a total your clinician gave you (Clinical Opiate Withdrawal Scale, Wesson &amp; Ling 2003). The app does not compute it.</source>
        <translation>Solo un total que le haya dado su profesional de salud (Escala Clínica de Abstinencia de Opiáceos, COWS: Wesson y Ling 2003). La aplicación no lo calcula.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>COWS total</source>
        <translation>Total COWS</translation>
    </message>
    <message>
        <source>Add appoi&amp;ntment</source>
        <translation>Añadir ci&amp;ta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete selected appointment</source>
        <translation>Eliminar la cita seleccionada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>; COWS %1 (%2)</source>
        <translation>; COWS %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>Hora: %1.</translation>
    </message>
    <message>
        <source>COWS total: %1 is not a whole number from 0 to 48.</source>
        <translation>Total COWS: %1 no es un número entero de 0 a 48.</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>Select an appointment in the list first.</source>
        <translation>Primero seleccione una cita en la lista.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app keeps the taper plan you agreed with your provider, a daily symptom check-in that takes under a minute, and charts of how you are doing. Before a visit it can print a summary to bring along.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It records and summarizes; it does not give medical advice.&lt;/b&gt; It does not diagnose or prescribe. Any schedule it shows is a plan to confirm with your provider.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. The app never uses the network, and it exports or prints only when you ask.&lt;/p&gt;&lt;p&gt;In an emergency, call your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta aplicación guarda el plan de reducción que acordó con su profesional de salud, un registro diario de síntomas que lleva menos de un minuto y gráficos de cómo le va. Antes de una visita puede imprimir un resumen para llevarlo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Registra y resume; no da consejo médico.&lt;/b&gt; No diagnostica ni receta. Cualquier calendario que muestre es un plan para confirmar con su profesional de salud.&lt;/p&gt;&lt;p&gt;Sus datos se quedan en este ordenador. La aplicación nunca usa la red y solo exporta o imprime cuando usted lo pide.&lt;/p&gt;&lt;p&gt;En una emergencia, llame a su número local de emergencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Protect my diary with a passphrase (recommended)</source>
        <translation>&amp;Proteger mi diario con una frase de contraseña (recomendado)</translation>
    </message>
    <message>
        <source>Protect my diary with a passphrase</source>
        <translation>Proteger mi diario con una frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypt the diary on this computer; you choose the passphrase next</source>
        <translation>Cifrar el diario en este ordenador; a continuación elige la frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypts your diary on this computer, so that anyone who can read your files cannot read it. You can also do this later in Settings.</source>
        <translation>Cifra su diario en este ordenador, para que quien pueda leer sus archivos no pueda leerlo. También puede hacerlo más adelante en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Set up my taper plan</source>
        <translation>&amp;Configurar mi plan de reducción</translation>
    </message>
    <message>
        <source>Set up my taper plan</source>
        <translation>Configurar mi plan de reducción</translation>
    </message>
    <message>
        <source>Enter the plan you agreed with your provider</source>
        <translation>Introducir el plan que acordó con su profesional de salud</translation>
    </message>
    <message>
        <source>&amp;Later, go to today&apos;s check-in</source>
        <translation>&amp;Más tarde, ir al registro diario de hoy</translation>
    </message>
    <message>
        <source>Later, go to today&apos;s check-in</source>
        <translation>Más tarde, ir al registro diario de hoy</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>argumento %1: %2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>faltan estos argumentos, que son obligatorios: %1</translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation>hace falta uno de estos argumentos: %1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>argumentos no reconocidos: %1</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>opción no válida: %1 (elija entre %2)</translation>
    </message>
    <message>
        <source>invalid %1 value: %2</source>
        <translation>valor %1 no válido: %2</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>opción ambigua: %1 podría ser %2</translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation>esta opción no lleva valor: %1</translation>
    </message>
    <message>
        <source>not allowed with argument %1</source>
        <translation>no se puede usar junto con %1</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>%1: cannot write there (%2)</source>
        <translation>%1: no se puede escribir ahí (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file name</source>
        <translation>%1: es una carpeta, no un nombre de archivo</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>the row has %1 cells; the header has %2</source>
        <translation>la fila tiene %1 celdas; la cabecera tiene %2</translation>
    </message>
    <message>
        <source>this date is already on line %1</source>
        <translation>esta fecha ya está en la línea %1</translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation>el CSV está mal formado: %1</translation>
    </message>
    <message>
        <source>the header must be the Taper Desktop day-table columns; column %1 should be %2</source>
        <translation>la cabecera debe tener las columnas de la tabla diaria de Taper Desktop; la columna %1 debería ser %2</translation>
    </message>
    <message>
        <source>unexpected extra column</source>
        <translation>sobra una columna</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>is not a number (with a decimal point)</source>
        <translation>no es un número (con punto decimal)</translation>
    </message>
    <message>
        <source>is not a date in the form YYYY-MM-DD</source>
        <translation>no es una fecha con la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be greater than 0 (leave it blank if not logged)</source>
        <translation>debe ser mayor que 0 (déjelo en blanco si no se registró)</translation>
    </message>
    <message>
        <source>a unit is needed with dose_taken</source>
        <translation>con dose_taken hace falta una unidad</translation>
    </message>
    <message>
        <source>instrument is blank (no check-in) but this check-in column is filled</source>
        <translation>instrument está en blanco (sin registro), pero esta columna del registro tiene un valor</translation>
    </message>
    <message>
        <source>only %1 columns may be filled on a %1 day</source>
        <translation>en un día de %1 solo pueden tener valor las columnas de %1</translation>
    </message>
    <message>
        <source>must be a whole number 0-%1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>a total is given but not every item is answered; leave the total blank</source>
        <translation>hay un total, pero no todas las preguntas tienen respuesta; deje el total en blanco</translation>
    </message>
    <message>
        <source>does not match the items, which add up to %1</source>
        <translation>no coincide con las respuestas, que suman %1</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>debe ser 0 o 1</translation>
    </message>
    <message>
        <source>should be a list [...]</source>
        <translation>debería ser una lista [...]</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>no puede ser null</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>se usa dos veces</translation>
    </message>
    <message>
        <source>refers to nothing in this file</source>
        <translation>no remite a nada de este archivo</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>debería ser texto</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>no puede estar en blanco</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>debería ser un número</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>debería ser un número entero</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>debería ser true o false</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>no es una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>esto no es JSON válido: %1</translation>
    </message>
    <message>
        <source>is not part of the format</source>
        <translation>no forma parte del formato</translation>
    </message>
    <message>
        <source>this is not a Taper Desktop data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>esto no es un archivo de datos de Taper Desktop (no tiene &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the format version is not a whole number</source>
        <translation>la versión del formato no es un número entero</translation>
    </message>
    <message>
        <source>the file was written by a newer Taper Desktop (format version %1; this version reads %2). Please update the app</source>
        <translation>el archivo lo escribió una versión más reciente de Taper Desktop (versión de formato %1; esta versión lee la %2). Actualice la aplicación, por favor</translation>
    </message>
    <message>
        <source>%1 is not allowed in a data file</source>
        <translation>%1 no está permitido en un archivo de datos</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>checkins[%1] has the same day</source>
        <translation>checkins[%1] tiene el mismo día</translation>
    </message>
    <message>
        <source>must be 0-%1</source>
        <translation>debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>a plan needs at least one revision not withdrawn</source>
        <translation>un plan necesita al menos una versión que no esté retirada</translation>
    </message>
    <message>
        <source>a plan needs at least one revision</source>
        <translation>un plan necesita al menos una versión</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>must be SOWS or SOWS-Gossop</source>
        <translation>debe ser SOWS o SOWS-Gossop</translation>
    </message>
    <message>
        <source>should be an object {...}</source>
        <translation>debería ser un objeto {...}</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 (value %2)</source>
        <translation>%1 (valor %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a different taper plan is already stored</source>
        <translation>ya hay guardado un plan de reducción distinto</translation>
    </message>
    <message>
        <source>%1: the dose rises on %2 from %3 to %4; kept, marked &quot;agreement not recorded&quot;</source>
        <translation>%1: la dosis sube el %2 de %3 a %4; se conserva, marcado como &quot;acuerdo no registrado&quot;</translation>
    </message>
    <message>
        <source>%1: %2; kept as it was</source>
        <translation>%1: %2; se conserva tal como estaba</translation>
    </message>
    <message>
        <source>the file is %1 MB; the largest file that can be imported is %2 MB</source>
        <translation>el archivo ocupa %1 MB; el archivo más grande que se puede importar es de %2 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is too large to import</source>
        <translation>el archivo es demasiado grande para importarlo</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (&quot;CSV UTF-8&quot; in most spreadsheets)</source>
        <translation>el archivo es texto UTF-16; guárdelo como UTF-8 (&quot;CSV UTF-8&quot; en la mayoría de las hojas de cálculo)</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); it is not a text export</source>
        <translation>el archivo contiene datos binarios (bytes NUL); no es una exportación de texto</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8 (byte 0x%1); guárdelo como UTF-8</translation>
    </message>
</context>
<context>
    <name>plan_rules</name>
    <message>
        <source>The rounding step must be greater than 0.</source>
        <translation>El paso de redondeo debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>The rounding step (%1) must be smaller than the start dose (%2).</source>
        <translation>El paso de redondeo (%1) debe ser menor que la dosis inicial (%2).</translation>
    </message>
    <message>
        <source>The start dose (%1) is not a multiple of the rounding step (%2).</source>
        <translation>La dosis inicial (%1) no es múltiplo del paso de redondeo (%2).</translation>
    </message>
    <message>
        <source>The start dose must be greater than 0.</source>
        <translation>La dosis inicial debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation>El objetivo no puede ser menor que 0.</translation>
    </message>
    <message>
        <source>The target (%1) must be below the start dose (%2).</source>
        <translation>El objetivo (%1) debe ser menor que la dosis inicial (%2).</translation>
    </message>
    <message>
        <source>The target (%1) must be 0 or a multiple of the rounding step (%2).</source>
        <translation>El objetivo (%1) debe ser 0 o un múltiplo del paso de redondeo (%2).</translation>
    </message>
    <message>
        <source>The percent per step must be above 0 and at most 50.</source>
        <translation>El porcentaje por escalón debe ser mayor que 0 y como mucho 50.</translation>
    </message>
    <message>
        <source>The amount per step must be greater than 0 and at most the start dose.</source>
        <translation>La cantidad por paso debe ser mayor que 0 y como mucho la dosis inicial.</translation>
    </message>
    <message>
        <source>Type the step size.</source>
        <translation>Escriba el tamaño del paso.</translation>
    </message>
    <message>
        <source>Type a whole number of days, at least 1.</source>
        <translation>Escriba un número entero de días, al menos 1.</translation>
    </message>
    <message>
        <source>These steps are too small to reach the target within %1 steps.</source>
        <translation>Estos pasos son demasiado pequeños para llegar al objetivo en %1 pasos.</translation>
    </message>
    <message>
        <source>Add at least one dated step.</source>
        <translation>Añada al menos un escalón con fecha.</translation>
    </message>
    <message>
        <source>Step on %1: dates must be in order, one step per date.</source>
        <translation>Paso del %1: las fechas deben ir en orden, un paso por fecha.</translation>
    </message>
    <message>
        <source>Step on %1: date it after the day the plan takes effect (%2).</source>
        <translation>Paso del %1: póngale una fecha posterior al día en que entra en vigor el plan (%2).</translation>
    </message>
    <message>
        <source>Step on %1: the dose cannot be below 0.</source>
        <translation>Paso del %1: la dosis no puede ser menor que 0.</translation>
    </message>
    <message>
        <source>Step on %1: %2 is not a multiple of the rounding step (%3).</source>
        <translation>Paso del %1: %2 no es múltiplo del paso de redondeo (%3).</translation>
    </message>
    <message>
        <source>Step on %1: %2 is below the target (%3).</source>
        <translation>Paso del %1: %2 está por debajo del objetivo (%3).</translation>
    </message>
    <message>
        <source>The dose rises on %1 from %2 to %3. Confirm below that your provider agreed this increase, with their name.</source>
        <translation>La dosis sube el %1 de %2 a %3. Confirme abajo, con su nombre, que su profesional sanitario acordó este aumento.</translation>
    </message>
    <message>
        <source>A change cannot start before the plan itself (%1).</source>
        <translation>Un cambio no puede empezar antes que el propio plan (%1).</translation>
    </message>
    <message>
        <source>This hold overlaps the hold from %1.</source>
        <translation>Esta pausa se solapa con la pausa desde el %1.</translation>
    </message>
    <message>
        <source>A hold cannot end before it starts.</source>
        <translation>Una pausa no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Pick a rule.</source>
        <translation>Elija una regla.</translation>
    </message>
    <message>
        <source>This plan&apos;s start dose (%1) is not a multiple of its rounding step (%2).</source>
        <translation>La dosis inicial de este plan (%1) no es múltiplo de su paso de redondeo (%2).</translation>
    </message>
    <message>
        <source>This plan&apos;s rounding step (%1) is not smaller than its start dose (%2).</source>
        <translation>El paso de redondeo de este plan (%1) no es menor que su dosis inicial (%2).</translation>
    </message>
    <message>
        <source>This plan&apos;s target (%1) is not a multiple of its rounding step (%2).</source>
        <translation>El objetivo de este plan (%1) no es múltiplo de su paso de redondeo (%2).</translation>
    </message>
    <message>
        <source>increase from %1 to %2 on %3</source>
        <translation>aumento de %1 a %2 el %3</translation>
    </message>
    <message>
        <source>agreed with %1</source>
        <translation>acordado con %1</translation>
    </message>
    <message>
        <source>agreed with %1 on %2</source>
        <translation>acordado con %1 el %2</translation>
    </message>
    <message>
        <source>agreement not recorded</source>
        <translation>acuerdo no registrado</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>If you are struggling, contact your provider. In an emergency, call your local emergency number.</source>
        <translation>Si lo está pasando mal, póngase en contacto con su profesional de salud. En una emergencia, llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>SOWS bands are conventional, not validated (SOWS: Handelsman et al., Am J Drug Alcohol Abuse 1987).</source>
        <translation>Las franjas de la SOWS son convencionales, no validadas (SOWS: Handelsman et al., Am J Drug Alcohol Abuse 1987).</translation>
    </message>
    <message>
        <source>Your SOWS total today is %1, in the conventional severe band.</source>
        <translation>Su total de SOWS hoy es %1, en la franja grave convencional.</translation>
    </message>
    <message>
        <source>Your SOWS total on %1 was %2, in the conventional severe band.</source>
        <translation>Su total de SOWS el %1 fue %2, en la franja grave convencional.</translation>
    </message>
    <message>
        <source>This is the highest %1 total you have recorded since your plan began (%2 of %3).</source>
        <translation>Es el total de %1 más alto que ha anotado desde que empezó su plan (%2 de %3).</translation>
    </message>
    <message>
        <source>You rated &quot;I feel like using now&quot; at its strongest (%1 of %2).</source>
        <translation>Puntuó «Tengo ganas de consumir ahora» en su valor más alto (%1 de %2).</translation>
    </message>
    <message>
        <source>You rated craving at its strongest (%1 of %2).</source>
        <translation>Puntuó el ansia de consumir en su valor más alto (%1 de %2).</translation>
    </message>
    <message>
        <source>The planned dose, %1, is at or below a quarter of the plan&apos;s first start dose (%2).</source>
        <translation>La dosis prevista, %1, es igual o inferior a una cuarta parte de la primera dosis inicial del plan (%2).</translation>
    </message>
    <message>
        <source>The plan reaches its target today (%1).</source>
        <translation>El plan llega hoy a su objetivo (%1).</translation>
    </message>
    <message>
        <source>Tolerance falls during a taper. A dose you used to take can now cause an overdose.</source>
        <translation>La tolerancia baja durante una reducción. Una dosis que antes tomaba ahora puede causar una sobredosis.</translation>
    </message>
    <message>
        <source>Keep naloxone at hand and tell someone close to you where it is.</source>
        <translation>Tenga naloxona a mano y diga a alguien cercano dónde está.</translation>
    </message>
    <message>
        <source>Sources: CDC 2022 opioid guideline, Recommendations 5 and 8 (MMWR Recomm Rep 2022;71(3)); SAMHSA Opioid Overdose Prevention Toolkit 2018.</source>
        <translation>Fuentes: guía de opioides de los CDC de 2022, recomendaciones 5 y 8 (MMWR Recomm Rep 2022;71(3)); SAMHSA Opioid Overdose Prevention Toolkit 2018.</translation>
    </message>
    <message numerus="yes">
        <source>Your mean %1 total over the last %n day(s) is %3, up from %4 in the week before the step on %5.</source>
        <translation>
            <numerusform>Su total medio de %1 del último día es %3, más que %4 en la semana anterior al escalón del %5.</numerusform>
            <numerusform>Su total medio de %1 en los últimos %n días es %3, más que %4 en la semana anterior al escalón del %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mean %1 total over the last %n day(s) is %3; in the week before the step on %4 it was %5.</source>
        <translation>
            <numerusform>Su total medio de %1 del último día es %3; en la semana anterior al escalón del %4 fue %5.</numerusform>
            <numerusform>Su total medio de %1 en los últimos %n días es %3; en la semana anterior al escalón del %4 fue %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals recorded on %1 of the last %n day(s) and on %3 of the 7 days before the step.</source>
        <translation>
            <numerusform>Totales anotados en %1 del último día y en %3 de los 7 días anteriores al escalón.</numerusform>
            <numerusform>Totales anotados en %1 de los últimos %n días y en %3 de los 7 días anteriores al escalón.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few totals were recorded in the week before the step on %1 to compare (%2 of 7 days).</source>
        <translation>Se anotaron muy pocos totales en la semana anterior al escalón del %1 para comparar (%2 de 7 días).</translation>
    </message>
    <message>
        <source>Your SOWS total was in the conventional severe band two days in a row: %1 (%2) and %3 (%4).</source>
        <translation>Su total de SOWS estuvo en la franja grave convencional dos días seguidos: %1 (%2) y %3 (%4).</translation>
    </message>
    <message>
        <source>Consider discussing a hold with your provider.</source>
        <translation>Considere hablar de una pausa con su profesional de salud.</translation>
    </message>
</context>
<context>
    <name>scales</name>
    <message>
        <source>Craving</source>
        <translation>Ansia de consumir</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Sleep hours</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Subjective Opiate Withdrawal Scale (SOWS)</source>
        <translation>Escala Subjetiva de Abstinencia de Opiáceos (SOWS), traducción no validada</translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>Yawning</source>
        <translation>Bostezos</translation>
    </message>
    <message>
        <source>Perspiring</source>
        <translation>Sudor</translation>
    </message>
    <message>
        <source>Eyes tearing</source>
        <translation>Lagrimeo</translation>
    </message>
    <message>
        <source>Nose running</source>
        <translation>Moqueo</translation>
    </message>
    <message>
        <source>Gooseflesh</source>
        <translation>Piel de gallina</translation>
    </message>
    <message>
        <source>Shaking</source>
        <translation>Temblores</translation>
    </message>
    <message>
        <source>Hot flashes</source>
        <translation>Sofocos de calor</translation>
    </message>
    <message>
        <source>Cold flashes</source>
        <translation>Escalofríos</translation>
    </message>
    <message>
        <source>Bones and muscles ache</source>
        <translation>Dolor de huesos y músculos</translation>
    </message>
    <message>
        <source>Restless</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <source>Nauseous</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Feel like vomiting</source>
        <translation>Ganas de vomitar</translation>
    </message>
    <message>
        <source>Muscles twitch</source>
        <translation>Espasmos musculares</translation>
    </message>
    <message>
        <source>Stomach cramps</source>
        <translation>Retortijones</translation>
    </message>
    <message>
        <source>Feel like using now</source>
        <translation>Ganas de consumir ahora</translation>
    </message>
    <message>
        <source>I feel anxious</source>
        <translation>Me siento ansioso/a</translation>
    </message>
    <message>
        <source>I feel like yawning</source>
        <translation>Tengo ganas de bostezar</translation>
    </message>
    <message>
        <source>I am perspiring</source>
        <translation>Estoy sudando</translation>
    </message>
    <message>
        <source>My eyes are tearing</source>
        <translation>Me lloran los ojos</translation>
    </message>
    <message>
        <source>My nose is running</source>
        <translation>Me gotea la nariz</translation>
    </message>
    <message>
        <source>I have goose flesh</source>
        <translation>Tengo la piel de gallina</translation>
    </message>
    <message>
        <source>I am shaking</source>
        <translation>Estoy temblando</translation>
    </message>
    <message>
        <source>I have hot flashes</source>
        <translation>Tengo sofocos de calor</translation>
    </message>
    <message>
        <source>I have cold flashes</source>
        <translation>Tengo escalofríos</translation>
    </message>
    <message>
        <source>My bones and muscles ache</source>
        <translation>Me duelen los huesos y los músculos</translation>
    </message>
    <message>
        <source>I feel restless</source>
        <translation>Me siento inquieto/a</translation>
    </message>
    <message>
        <source>I feel nauseous</source>
        <translation>Tengo náuseas</translation>
    </message>
    <message>
        <source>I feel like vomiting</source>
        <translation>Tengo ganas de vomitar</translation>
    </message>
    <message>
        <source>My muscles twitch</source>
        <translation>Me tiemblan los músculos</translation>
    </message>
    <message>
        <source>I have cramps in my stomach</source>
        <translation>Tengo retortijones en el estómago</translation>
    </message>
    <message>
        <source>I feel like using now</source>
        <translation>Tengo ganas de consumir ahora</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>moderadamente</translation>
    </message>
    <message>
        <source>quite a bit</source>
        <translation>bastante</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>muchísimo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Bands are conventional, not validated. SOWS is validated for opioid withdrawal.</source>
        <translation>Las franjas son convencionales, no validadas. La SOWS está validada para la abstinencia de opioides. Esta traducción no está validada.</translation>
    </message>
    <message>
        <source>SOWS is an opioid withdrawal scale: it has not been validated for kratom.</source>
        <translation>La SOWS es una escala de abstinencia de opioides: no se ha validado para el kratom.</translation>
    </message>
    <message>
        <source>Short Opiate Withdrawal Scale (SOWS-Gossop)</source>
        <translation>Escala Breve de Abstinencia de Opiáceos (SOWS-Gossop), traducción no validada</translation>
    </message>
    <message>
        <source>Feeling sick</source>
        <translation>Malestar</translation>
    </message>
    <message>
        <source>Muscle spasms or twitching</source>
        <translation>Espasmos o tirones musculares</translation>
    </message>
    <message>
        <source>Feeling cold</source>
        <translation>Sensación de frío</translation>
    </message>
    <message>
        <source>Heart pounding</source>
        <translation>Palpitaciones</translation>
    </message>
    <message>
        <source>Muscular tension</source>
        <translation>Tensión muscular</translation>
    </message>
    <message>
        <source>Aches and pains</source>
        <translation>Dolores y molestias</translation>
    </message>
    <message>
        <source>Runny eyes</source>
        <translation>Ojos llorosos</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Problemas para dormir</translation>
    </message>
    <message>
        <source>SOWS-Gossop has no severity bands: the app shows your own numbers and comparisons only.</source>
        <translation>La SOWS-Gossop no tiene franjas de gravedad: la aplicación solo muestra sus propios números y comparaciones. Esta traducción no está validada.</translation>
    </message>
    <message>
        <source>SOWS-Gossop is an opioid withdrawal scale: it has not been validated for kratom.</source>
        <translation>La SOWS-Gossop es una escala de abstinencia de opioides: no se ha validado para el kratom.</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <source>Decreased appetite</source>
        <translation>Menos apetito</translation>
    </message>
    <message>
        <source>Irritability</source>
        <translation>Irritabilidad</translation>
    </message>
    <message>
        <source>Low energy</source>
        <translation>Poca energía</translation>
    </message>
    <message>
        <source>below the mild band</source>
        <translation>por debajo de la franja leve</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Follow the computer&apos;s locale</source>
        <translation>Seguir la configuración regional del ordenador</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language</source>
        <translation>Seguir el idioma del ordenador</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Plan and report</source>
        <translation>Plan e informe</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>HH:MM. A check-in before this time belongs to the day before.</source>
        <translation>HH:MM. Un registro diario antes de esta hora cuenta para el día anterior.</translation>
    </message>
    <message>
        <source>Symptom scale</source>
        <translation>Escala de síntomas</translation>
    </message>
    <message>
        <source>SOWS (16 items, 0-4) or SOWS-Gossop (10 items, 0-3).</source>
        <translation>SOWS (16 preguntas, 0-4) o SOWS-Gossop (10 preguntas, 0-3).</translation>
    </message>
    <message>
        <source>Extra symptoms</source>
        <translation>Síntomas adicionales</translation>
    </message>
    <message>
        <source>Optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation>Síntomas opcionales puntuados de 0 a 4, aparte del total de la escala.</translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS points)</source>
        <translation>Umbral de sugerencia de pausa (puntos SOWS)</translation>
    </message>
    <message>
        <source>How far symptoms rise above the level before the last step before a hold is suggested for discussion.</source>
        <translation>Cuánto deben subir los síntomas por encima del nivel anterior al último escalón para sugerir hablar de una pausa.</translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS-Gossop points)</source>
        <translation>Umbral de sugerencia de pausa (puntos SOWS-Gossop)</translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation>Tamaño del papel del informe</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>A quiet reminder when the day has no check-in yet.</source>
        <translation>Un recordatorio discreto cuando el día aún no tiene registro diario.</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Recordatorio diario a las</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour clock.</source>
        <translation>HH:MM, reloj de 24 horas.</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Bloquear tras inactividad (minutos)</translation>
    </message>
    <message>
        <source>When the diary is protected with a passphrase, the window locks after this many minutes without use. 0 means never.</source>
        <translation>Cuando el diario está protegido con una frase de contraseña, la ventana se bloquea tras estos minutos sin uso. 0 significa nunca.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Makes the text of Taper Desktop larger than the system&apos;s, from 100% to 200%.</source>
        <translation>Hace el texto de Taper Desktop más grande que el del sistema, del 100% al 200%.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window and the report. A change takes effect when Taper Desktop next starts.</source>
        <translation>La ventana y el informe. El cambio se aplica la próxima vez que abra Taper Desktop.</translation>
    </message>
    <message>
        <source>Default dose resolution</source>
        <translation type="vanished">Precisión de dosis predeterminada</translation>
    </message>
    <message>
        <source>The smallest dose step a new plan is rounded to.</source>
        <translation type="vanished">El escalón de dosis más pequeño al que se redondea un plan nuevo.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Closing the window keeps the reminder running; quit from the tray menu.</source>
        <translation>Al cerrar la ventana, el recordatorio sigue activo; salga desde el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Taper Desktop.</source>
        <translation>El nuevo idioma se usará a partir de la próxima vez que abra Taper Desktop.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the backup %1 cannot be restored: it is %2</source>
        <translation>la copia de seguridad %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>the backup copy %1 could not be made: %2</source>
        <translation>no se pudo hacer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>unreadable (%1 is not a plain database: it is damaged, or encrypted with a key this diary does not have)</source>
        <translation>no se puede leer (%1 no es una base de datos sin cifrar: está dañada, o está cifrada con una clave que este diario no tiene)</translation>
    </message>
    <message>
        <source>unreadable (%1 is not encrypted, unlike this diary)</source>
        <translation>no se puede leer (%1 no está cifrada, a diferencia de este diario)</translation>
    </message>
    <message>
        <source>not a Taper Desktop database</source>
        <translation>no es una base de datos de Taper Desktop</translation>
    </message>
    <message>
        <source>from a newer version of Taper Desktop</source>
        <translation>la creó una versión más reciente de Taper Desktop</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>está dañada (%1)</translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>%1 still exists; set it aside first</source>
        <translation>%1 todavía existe; apártelo primero</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted; it opens with its passphrase or recovery code</source>
        <translation>%1 está cifrado; se abre con su frase de contraseña o su código de recuperación</translation>
    </message>
    <message>
        <source>%1 is not a readable Taper Desktop database: it is damaged, or it is encrypted and its key file %2 is missing from %3. Nothing was changed</source>
        <translation>%1 no es una base de datos de Taper Desktop que se pueda leer: está dañada, o está cifrada y falta su archivo de clave %2 en %3. No se cambió nada</translation>
    </message>
    <message>
        <source>%1 does not open with this key (%2)</source>
        <translation>%1 no se abre con esta clave (%2)</translation>
    </message>
    <message>
        <source>%1 is not a readable Taper Desktop database (%2)</source>
        <translation>%1 no es una base de datos de Taper Desktop que se pueda leer (%2)</translation>
    </message>
    <message>
        <source>cannot create the data folder %1: %2</source>
        <translation>no se puede crear la carpeta de datos %1: %2</translation>
    </message>
    <message>
        <source>the data folder %1 is not a folder</source>
        <translation>la carpeta de datos %1 no es una carpeta</translation>
    </message>
    <message>
        <source>the data folder %1 is not writable</source>
        <translation>no se puede escribir en la carpeta de datos %1</translation>
    </message>
    <message>
        <source>the diary in %1 is protected with a passphrase</source>
        <translation>el diario de %1 está protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not Taper Desktop</source>
        <translation>%1 es un archivo SQLite de otro programa, no de Taper Desktop</translation>
    </message>
    <message>
        <source>%1 was written by a newer Taper Desktop (schema version %2; this version reads up to %3). Please update the app.</source>
        <translation>%1 lo escribió una versión más reciente de Taper Desktop (versión de esquema %2; esta versión lee hasta la %3). Actualice la aplicación, por favor.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>the diary is not protected with a passphrase</source>
        <translation>el diario no está protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>the key file %1 does not open the diary in %2; it may come from another folder</source>
        <translation>el archivo de clave %1 no abre el diario de %2; puede que venga de otra carpeta</translation>
    </message>
    <message>
        <source>the new copy %1 does not read back</source>
        <translation>la copia nueva %1 no se puede volver a leer</translation>
    </message>
    <message>
        <source>%1 could not be converted: %2</source>
        <translation>no se pudo convertir %1: %2</translation>
    </message>
    <message>
        <source>the diary is already protected with a passphrase</source>
        <translation>el diario ya está protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>la frase de contraseña necesita al menos %1 caracteres</translation>
    </message>
    <message>
        <source>a passphrase cannot start or end with a space</source>
        <translation>la frase de contraseña no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>no se indicó ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>the passphrase or recovery code is not right</source>
        <translation>la frase de contraseña o el código de recuperación no es correcto</translation>
    </message>
    <message>
        <source>the key file %1 belongs to another diary, not to %2; put back the key file that was made with this diary</source>
        <translation>el archivo de clave %1 es de otro diario, no de %2; vuelva a poner el archivo de clave que se creó con este diario</translation>
    </message>
    <message>
        <source>the key file %1 is missing from %2; without it the encrypted diary cannot be opened. Nothing was changed. If you have a copy of %1, put it back in that folder</source>
        <translation>falta el archivo de clave %1 en %2; sin él no se puede abrir el diario cifrado. No se cambió nada. Si tiene una copia de %1, vuelva a ponerla en esa carpeta</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read: %2</source>
        <translation>no se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>the key file %1 is damaged (%2); nothing was changed</source>
        <translation>el archivo de clave %1 está dañado (%2); no se cambió nada</translation>
    </message>
</context>
<context>
    <name>substances</name>
    <message>
        <source>MME (CDC 2022 table) estimates risk only: it is not for converting between drugs and not for opioid use disorder dosing.</source>
        <translation>Las MME (tabla de los CDC de 2022) solo estiman el riesgo: no sirven para convertir entre fármacos ni para dosificar el tratamiento del trastorno por consumo de opioides.</translation>
    </message>
    <message>
        <source>Kratom leaf powder</source>
        <translation>Kratom en polvo de hoja</translation>
    </message>
    <message>
        <source>Kratom capsules</source>
        <translation>Cápsulas de kratom</translation>
    </message>
    <message>
        <source>Kratom extract</source>
        <translation>Extracto de kratom</translation>
    </message>
    <message>
        <source>Codeine</source>
        <translation>Codeína</translation>
    </message>
    <message>
        <source>Fentanyl transdermal patch</source>
        <translation>Parche transdérmico de fentanilo</translation>
    </message>
    <message>
        <source>Hydrocodone</source>
        <translation>Hidrocodona</translation>
    </message>
    <message>
        <source>Hydromorphone</source>
        <translation>Hidromorfona</translation>
    </message>
    <message>
        <source>Methadone</source>
        <translation>Metadona</translation>
    </message>
    <message>
        <source>Morphine</source>
        <translation>Morfina</translation>
    </message>
    <message>
        <source>Oxycodone</source>
        <translation>Oxicodona</translation>
    </message>
    <message>
        <source>Oxymorphone</source>
        <translation>Oximorfona</translation>
    </message>
    <message>
        <source>Tapentadol</source>
        <translation>Tapentadol</translation>
    </message>
    <message>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <source>Buprenorphine</source>
        <translation>Buprenorfina</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra sustancia</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message numerus="yes">
        <source>%1 capsule(s)</source>
        <translation>
            <numerusform>%1 cápsula</numerusform>
            <numerusform>%1 cápsulas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tablet(s)</source>
        <translation>
            <numerusform>%1 comprimido</numerusform>
            <numerusform>%1 comprimidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 patch(es)</source>
        <translation>
            <numerusform>%1 parche</numerusform>
            <numerusform>%1 parches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drop(s)</source>
        <translation>
            <numerusform>%1 gota</numerusform>
            <numerusform>%1 gotas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>&apos;%1&apos; is not a time in HH:MM (00:00-23:59)</source>
        <translation>&apos;%1&apos; no es una hora en formato HH:MM (00:00-23:59)</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real date in the form YYYY-MM-DD</source>
        <translation>la fecha &apos;%1&apos; no es una fecha real con la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 has not come yet; a dose can be logged for today (%2) or an earlier day</source>
        <translation>el %1 aún no ha llegado; puede anotar una dosis para hoy (%2) o un día anterior</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos; is not one of percent, linear, custom</source>
        <translation>la regla &apos;%1&apos; no es ninguna de estas: percent, linear, custom</translation>
    </message>
    <message>
        <source>start dose %1 must be greater than 0</source>
        <translation>la dosis inicial %1 debe ser mayor que 0</translation>
    </message>
    <message>
        <source>rounding step %1 must be greater than 0</source>
        <translation>el paso de redondeo %1 debe ser mayor que 0</translation>
    </message>
    <message>
        <source>rounding step %1 must be smaller than the start dose %2</source>
        <translation>el paso de redondeo %1 debe ser menor que la dosis inicial %2</translation>
    </message>
    <message>
        <source>start dose %1 is not a multiple of the rounding step %2</source>
        <translation>la dosis inicial %1 no es múltiplo del paso de redondeo %2</translation>
    </message>
    <message>
        <source>target %1 must be 0 or more</source>
        <translation>el objetivo %1 debe ser 0 o más</translation>
    </message>
    <message>
        <source>target %1 must be below the start dose %2</source>
        <translation>el objetivo %1 debe ser menor que la dosis inicial %2</translation>
    </message>
    <message>
        <source>target %1 is not 0 or a multiple of the rounding step %2</source>
        <translation>el objetivo %1 no es 0 ni un múltiplo del paso de redondeo %2</translation>
    </message>
    <message>
        <source>step interval %1 must be a whole number of days, at least 1</source>
        <translation>el intervalo entre pasos %1 debe ser un número entero de días, al menos 1</translation>
    </message>
    <message>
        <source>the step size is missing</source>
        <translation>falta el tamaño del paso</translation>
    </message>
    <message>
        <source>percent per step %1 must be greater than 0 and at most 50</source>
        <translation>el porcentaje por paso %1 debe ser mayor que 0 y como mucho 50</translation>
    </message>
    <message>
        <source>amount per step %1 must be greater than 0 and at most the start dose %2</source>
        <translation>la cantidad por paso %1 debe ser mayor que 0 y como mucho la dosis inicial %2</translation>
    </message>
    <message>
        <source>the schedule does not reach the target within %1 steps</source>
        <translation>el calendario no llega al objetivo en %1 pasos</translation>
    </message>
    <message>
        <source>a custom plan needs at least one dated step</source>
        <translation>un plan personalizado necesita al menos un paso con fecha</translation>
    </message>
    <message>
        <source>custom step %1: steps must be dated in order, one per date</source>
        <translation>paso del %1: los pasos deben ir en orden de fecha, uno por fecha</translation>
    </message>
    <message>
        <source>custom step %1 must be dated after the effective date %2</source>
        <translation>el paso del %1 debe tener una fecha posterior a la fecha de inicio %2</translation>
    </message>
    <message>
        <source>custom step %1: dose %2 must not be negative</source>
        <translation>paso del %1: la dosis %2 no puede ser negativa</translation>
    </message>
    <message>
        <source>custom step %1: dose %2 is not a multiple of the rounding step %3</source>
        <translation>paso del %1: la dosis %2 no es múltiplo del paso de redondeo %3</translation>
    </message>
    <message>
        <source>custom step %1: dose %2 is below the target %3</source>
        <translation>paso del %1: la dosis %2 está por debajo del objetivo %3</translation>
    </message>
    <message>
        <source>the dose rises on %1 from %2 to %3; an increase needs the name of the provider who agreed it</source>
        <translation>la dosis sube el %1 de %2 a %3; un aumento necesita el nombre del profesional que lo acordó con usted</translation>
    </message>
    <message>
        <source>a change cannot take effect on %1, before the plan itself starts (%2)</source>
        <translation>un cambio no puede empezar el %1, antes de que empiece el propio plan (%2)</translation>
    </message>
    <message>
        <source>the hold from %1 ends before it starts (%2)</source>
        <translation>la pausa desde el %1 termina antes de empezar (%2)</translation>
    </message>
    <message>
        <source>the hold from %1 overlaps the hold from %2</source>
        <translation>la pausa desde el %1 se solapa con la pausa desde el %2</translation>
    </message>
    <message>
        <source>a plan rule is broken</source>
        <translation>no se cumple una regla del plan</translation>
    </message>
    <message>
        <source>%1 has no item &apos;%2&apos;</source>
        <translation>%1 no tiene el elemento &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 item &apos;%2&apos;: score %3 is not a whole number</source>
        <translation>%1, elemento &apos;%2&apos;: la puntuación %3 no es un número entero</translation>
    </message>
    <message>
        <source>%1 item &apos;%2&apos;: score %3 is outside 0-%4</source>
        <translation>%1, elemento &apos;%2&apos;: la puntuación %3 está fuera de 0-%4</translation>
    </message>
    <message>
        <source>unknown instrument &apos;%1&apos;; expected SOWS or SOWS-Gossop</source>
        <translation>escala desconocida &apos;%1&apos;; se esperaba SOWS o SOWS-Gossop</translation>
    </message>
    <message>
        <source>COWS total %1 is outside 0-%2</source>
        <translation>el total de COWS %1 está fuera de 0-%2</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 no es un número</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4</source>
        <translation>%1: %2 está fuera de %3-%4</translation>
    </message>
    <message>
        <source>%1: %2 is not a multiple of %3</source>
        <translation>%1: %2 no es múltiplo de %3</translation>
    </message>
    <message>
        <source>setting %1: %2</source>
        <translation>ajuste %1: %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es ninguno de estos: %2</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 está fuera de %2-%3</translation>
    </message>
    <message>
        <source>unknown extra symptom %1</source>
        <translation>síntoma adicional desconocido: %1</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 no es sí o no</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 no es una lista</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>ajuste desconocido: %1</translation>
    </message>
    <message>
        <source>extra symptom %1: score %2 is outside 0-%3</source>
        <translation>síntoma adicional %1: la puntuación %2 está fuera de 0-%3</translation>
    </message>
    <message>
        <source>dose amount %1 is not a number</source>
        <translation>la cantidad de la dosis %1 no es un número</translation>
    </message>
    <message>
        <source>dose amount %1 must be greater than 0</source>
        <translation>la cantidad de la dosis %1 debe ser mayor que 0</translation>
    </message>
    <message>
        <source>dose unit is missing</source>
        <translation>falta la unidad de la dosis</translation>
    </message>
    <message>
        <source>%1 has no planned dose</source>
        <translation>el %1 no tiene dosis planificada</translation>
    </message>
    <message>
        <source>the planned dose for %1 is already logged</source>
        <translation>la dosis planificada del %1 ya está anotada</translation>
    </message>
    <message>
        <source>that hold no longer exists</source>
        <translation>esa pausa ya no existe</translation>
    </message>
    <message>
        <source>a hold cannot end before it starts</source>
        <translation>una pausa no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>that revision no longer exists</source>
        <translation>esa revisión del plan ya no existe</translation>
    </message>
    <message>
        <source>that revision was already withdrawn on %1</source>
        <translation>esa revisión del plan ya se retiró el %1</translation>
    </message>
    <message>
        <source>that hold was already withdrawn on %1</source>
        <translation>esa pausa ya se retiró el %1</translation>
    </message>
    <message>
        <source>the plan&apos;s only revision cannot be withdrawn; correct it instead</source>
        <translation>no se puede retirar la única revisión del plan; corríjala en su lugar</translation>
    </message>
    <message>
        <source>medication name is missing</source>
        <translation>falta el nombre del medicamento</translation>
    </message>
    <message>
        <source>medication amount must be greater than 0</source>
        <translation>la cantidad del medicamento debe ser mayor que 0</translation>
    </message>
    <message>
        <source>COWS total %1 must be a whole number 0-%2</source>
        <translation>el total de COWS %1 debe ser un número entero de 0 a %2</translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation>%1 debe ser mayor que 0</translation>
    </message>
    <message>
        <source>a %1 substance has no MME factor (CDC 2022 table)</source>
        <translation>una sustancia de tipo %1 no tiene factor MME (tabla de los CDC de 2022)</translation>
    </message>
    <message>
        <source>%1 is not an MME factor of the CDC 2022 table</source>
        <translation>%1 no es un factor MME de la tabla de los CDC de 2022</translation>
    </message>
    <message>
        <source>the CDC 2022 factor for %1 is %2, not %3</source>
        <translation>el factor de los CDC de 2022 para %1 es %2, no %3</translation>
    </message>
</context>
</TS>
