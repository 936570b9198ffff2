; Inno Setup script for a per-user Windows installer of Taper Desktop.
; Not yet built here: see packaging/README.md ("Windows").
; Input: the one-folder bundle that `pyinstaller packaging\taper-desktop.spec` makes in
; dist\taper-desktop\. Output: dist\taper-desktop-setup.exe.

#define AppName "Taper Desktop"
#define AppVersion GetEnv("TAPER_DESKTOP_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1D2C57-2E53-4C3B-9B0E-7A51C0D2A4E1}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Taper Desktop
DefaultDirName={localappdata}\Programs\Taper Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=taper-desktop-{#AppVersion}-setup
SetupIconFile=taper-desktop.ico
UninstallDisplayIcon={app}\taper-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; While the app is open, Setup asks to close it first (Restart Manager, the default).

[Files]
Source: "..\..\dist\taper-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\taper-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\taper-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\taper-desktop.exe"; Description: "Open {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The diary in %LOCALAPPDATA%\taper-desktop is never removed.
Type: dirifempty; Name: "{app}"

[Messages]
FinishedLabel=Taper Desktop is installed. Your diary is kept in %LOCALAPPDATA%\taper-desktop; uninstalling the app never removes it.
