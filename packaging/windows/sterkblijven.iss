; sterkblijven for Windows: a per-user installer made with Inno Setup 6 (6.3 or newer).
;
; Build it with packaging\windows\build_installer.ps1 after `make package` (or its two commands,
; packaging\make_icons.py and pyinstaller) has filled dist\sterkblijven and build\icons. The script
; passes the version, which lives only in src\sterkblijven\__init__.py:
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\sterkblijven.iss
;
; Result: dist\installer\sterkblijven-<version>-windows-setup.exe
;
; Relative paths below are relative to this file's folder (Inno Setup's SourceDir).

; Backslashes in the paths below are plain characters, not escapes.
#pragma parseroption -p+

#ifndef AppVersion
  #error AppVersion is not set. Pass it to the compiler: ISCC.exe /DAppVersion=1.2.3 sterkblijven.iss (packaging\windows\build_installer.ps1 does this for you).
#endif

; x64compatible (below) needs 6.3; older compilers would stop with a less helpful message.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed to build this installer.
#endif

#define AppName "sterkblijven"
#define AppExeName "sterkblijven.exe"

; Stop here with a plain reason instead of building an installer without the program in it.
#if !FileExists(SourcePath + "..\..\dist\sterkblijven\sterkblijven.exe")
  #error dist\sterkblijven\sterkblijven.exe is missing. Run `make package` first (or: python packaging\make_icons.py, then pyinstaller packaging\sterkblijven.spec).
#endif
#if !FileExists(SourcePath + "..\..\build\icons\sterkblijven.ico")
  #error build\icons\sterkblijven.ico is missing. Run `python packaging\make_icons.py` first.
#endif

[Setup]
; The AppId ties every version together: an update installs over the last one, and Windows
; lists one sterkblijven. Never change it. (The doubled brace is Inno Setup's escape for "{".)
AppId={{19ED5BBA-362A-4721-B365-A9E80510BB82}
AppName={#AppName}
AppVersion={#AppVersion}
; Said explicitly: Inno Setup 7 changed the default, and people look for "sterkblijven".
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}

; For this user only: no administrator password, which many older adults do not have or know.
; With lowest privileges {autopf} is the user's own %LOCALAPPDATA%\Programs, and the shortcuts
; go to the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
; No folder question: a per-user folder never collides with anything, and one question less is
; one worry less for someone new to computers. (/DIR= still works for those who need it.)
DisableDirPage=yes
; One shortcut straight in the Start menu's list of programs, no Start-menu folder to choose.
DisableProgramGroupPage=yes

; The PyInstaller build is 64-bit; x64compatible also admits Windows on Arm, which runs it
; through its x64 emulation.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 version 1809 or newer.
MinVersion=10.0.17763

; The app must not run while its files are replaced: Windows' Restart Manager asks it to close
; (the app saves every set the moment it is confirmed). It is not restarted behind the person's
; back: the last page offers to start it.
CloseApplications=yes
RestartApplications=no

; Ask for the language only when Windows speaks neither Dutch nor English.
ShowLanguageDialog=auto

WizardStyle=modern
; Large, readable wizard: a 20 % larger window (room for Dutch, which runs longer than English)
; and, in [LangOptions] below, a larger font, which Inno Setup scales the whole wizard by.
WizardSizePercent=120
WizardResizable=yes

SetupIconFile=..\..\build\icons\sterkblijven.ico
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
; A log in %TEMP% ("Setup Log ....txt") helps a carer or helper see what went wrong.
SetupLogging=yes

; Shown in the installer's file properties. VersionInfoVersion must be numeric (a.b.c.d), so
; build_installer.ps1 passes the numeric part of the version separately.
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
#ifdef AppNumericVersion
VersionInfoVersion={#AppNumericVersion}
#endif

[Languages]
; Dutch first: it is the app's first language and the fallback when Windows speaks neither.
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[LangOptions]
; One point above the default 9 for every language; the wizard grows with it.
DialogFontSize=10

[Tasks]
; Checked by default, on purpose: for someone new to computers a picture on the desktop is the
; easiest way back to the program, while the Start menu hides it behind a click and a list.
; A carer who prefers a tidy desktop can untick it.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update first removes the previous version's libraries, so no stale Qt plugin or Python
; module from an older build is ever loaded next to the new ones. Only this program's own
; subfolder; the person's data lives elsewhere (%LOCALAPPDATA%\sterkblijven).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: sterkblijven.exe (the windowed app), sterkblijven-cli.exe (the
; same program with a console, for the command-line tools) and their libraries.
Source: "..\..\dist\sterkblijven\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Only the app itself gets shortcuts; sterkblijven-cli.exe is for carers typing commands.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
; "Start sterkblijven" on the last page, ticked; never during a silent install.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
dutch.ShortcutComment=Thuis sterk blijven: krachttraining voor ouderen
english.ShortcutComment=Stay strong at home: strength training for older adults
dutch.CloseAppFirst=sterkblijven is nog geopend.%n%nSluit sterkblijven eerst en klik dan op OK.%n%nKlik op Annuleren als je sterkblijven nu toch niet wilt verwijderen.
english.CloseAppFirst=sterkblijven is still open.%n%nPlease close sterkblijven first, then click OK.%n%nClick Cancel if you would rather not remove sterkblijven now.
dutch.RemoveDataQuestion=sterkblijven is van deze computer verwijderd.%n%nWil je ook alle trainingsgegevens verwijderen? Dat zijn de trainingen, testen en back-ups van iedereen die op deze computer traint.%n%nKies Nee om ze te bewaren (aanbevolen). Ze staan dan klaar als je sterkblijven later opnieuw installeert.%n%nDe gegevens staan in:%n%1
english.RemoveDataQuestion=sterkblijven has been removed from this computer.%n%nDo you also want to delete all training data? That is the sessions, tests and backups of everyone who trains on this computer.%n%nChoose No to keep them (recommended). They will be ready when you install sterkblijven again later.%n%nThe data is in:%n%1
dutch.RemoveDataConfirm=Weet je het zeker? Alle trainingsgegevens en back-ups worden gewist. Dat kan niet ongedaan worden gemaakt.%n%nKies Ja om alles te wissen, of Nee om de gegevens toch te bewaren.
english.RemoveDataConfirm=Are you sure? All training data and backups will be erased. This cannot be undone.%n%nChoose Yes to erase everything, or No to keep the data after all.
dutch.RemoveDataFailed=Niet alle trainingsgegevens konden worden verwijderd. Wat over is, staat nog in:%n%1%n%nJe kunt die map later zelf verwijderen.
english.RemoveDataFailed=Not all training data could be deleted. What is left is still in:%n%1%n%nYou can delete that folder yourself later.

[Code]
const
  { What sterkblijven writes when "start when I log in" is switched on in its settings
    (src/sterkblijven/autostart.py): a value in the user's Run key, and possibly Windows' record
    of it being switched off in Task Manager. }
  RunKey = 'Software\Microsoft\Windows\CurrentVersion\Run';
  StartupApprovedKey = 'Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run';
  AutostartName = 'sterkblijven';
  { How long a silent uninstall waits for a running app to close, in tenths of a second. }
  SilentCloseWaitTenths = 100;

{ The app's data folder, the same as platformdirs.user_data_dir("sterkblijven", appauthor=False,
  roaming=False) in src/sterkblijven/paths.py. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\sterkblijven');
end;

function AppDirPrefix(): String;
begin
  Result := Lowercase(AddBackslash(ExpandConstant('{app}')));
end;

{ True while sterkblijven.exe or sterkblijven-cli.exe from this installation folder runs.
  The uninstaller has no Restart Manager (only Setup does), so it asks Windows itself. }
function AppIsRunning(): Boolean;
var
  Locator, Service, Processes, Process: Variant;
  Count, I: Integer;
  Path: String;
begin
  Result := False;
  try
    Locator := CreateOleObject('WbemScripting.SWbemLocator');
    Service := Locator.ConnectServer('.', 'root\CIMV2');
    Processes := Service.ExecQuery('SELECT ExecutablePath FROM Win32_Process ' +
      'WHERE ExecutablePath IS NOT NULL AND ' +
      '(Name = ''sterkblijven.exe'' OR Name = ''sterkblijven-cli.exe'')');
    Count := Processes.Count;
    for I := 0 to Count - 1 do
    begin
      Process := Processes.ItemIndex(I);
      Path := Process.ExecutablePath;
      if Pos(AppDirPrefix(), Lowercase(Path)) = 1 then
      begin
        Result := True;
        Exit;
      end;
    end;
  except
    { Without an answer the uninstaller goes on as it always does with files in use: it removes
      what it can and leaves the rest for the next restart. }
    Log('Could not ask Windows which programs are running: ' + GetExceptionMessage);
  end;
end;

{ A silent uninstall asks the app to close as its window's close button would (no /F: the app
  gets the chance to finish writing), and waits a little. }
procedure AskAppToClose();
var
  ResultCode: Integer;
  Waited: Integer;
begin
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/IM sterkblijven.exe /IM sterkblijven-cli.exe', '',
    SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Waited := 0;
  while AppIsRunning() and (Waited < SilentCloseWaitTenths) do
  begin
    Sleep(100);
    Waited := Waited + 1;
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  while AppIsRunning() do
  begin
    if UninstallSilent() then
    begin
      AskAppToClose();
      // A running program's files cannot be removed: stop rather than leave half of it.
      if AppIsRunning() then
      begin
        Log('sterkblijven is still running; the uninstall stops and changes nothing.');
        Result := False;
      end;
      Exit;
    end;
    if MsgBox(CustomMessage('CloseAppFirst'), mbInformation, MB_OKCANCEL) = IDCANCEL then
    begin
      Result := False;
      Exit;
    end;
  end;
end;

{ "Start when I log in" would otherwise leave Windows trying to start a program that is gone.
  Only an entry that points into this installation folder is removed. }
procedure RemoveAutostartEntry();
var
  Command: String;
begin
  if RegQueryStringValue(HKCU, RunKey, AutostartName, Command) then
    if Pos(AppDirPrefix(), Lowercase(Command)) > 0 then
    begin
      RegDeleteValue(HKCU, RunKey, AutostartName);
      RegDeleteValue(HKCU, StartupApprovedKey, AutostartName);
    end;
end;

{ After the program's files are gone: ask whether the training data goes too. Keeping it is the
  default (the No button has the focus), and it is asked twice because it cannot be undone.
  A silent uninstall, run by a script or an IT department, never deletes anyone's data. }
procedure AskToRemoveData();
var
  Dir: String;
begin
  Dir := DataDir();
  if UninstallSilent() or not DirExists(Dir) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [Dir]), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if MsgBox(CustomMessage('RemoveDataConfirm'), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if DelTree(Dir, True, True, True) then
    Log('Removed the data folder ' + Dir)
  else
    MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [Dir]), mbError, MB_OK);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  case CurUninstallStep of
    usUninstall:
      RemoveAutostartEntry();
    usPostUninstall:
      AskToRemoveData();
  end;
end;
