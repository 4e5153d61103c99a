; Commons Desktop for Windows: the installer (NSIS 3, Modern UI 2) around the PyInstaller bundle.
; Built by packaging/windows/build-installer.py, which passes the version and the application id of
; packaging/meta.py (on Windows in CI; on Linux with Debian's nsis in the smoke tests):
;
;   makensis -DVERSION=<version> -DNUMERIC_VERSION=<a.b.c.d> -DAPP_ID=<app id> -DSOURCE=<bundle folder>
;            -DICON=<.ico> -DOUTFILE=<setup.exe> [-DCOMPRESSOR=zlib] commons-desktop.nsi
;
; A per-user install (no administrator needed, as on a volunteer's managed laptop): the program goes to
; %LOCALAPPDATA%\Programs\Commons Desktop, a Start menu entry, the .commons and .commonsx file types (opened by
; a double-click), an uninstaller listed in "Apps & features". /S installs or uninstalls silently. The
; uninstaller removes what the installer wrote and nothing else: vaults and settings are the user's.

Unicode true
Target amd64-unicode
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
SetCompressor /SOLID ${COMPRESSOR}

!ifndef VERSION | NUMERIC_VERSION | APP_ID | SOURCE | ICON | OUTFILE
  !error "build with packaging/windows/build-installer.py (VERSION, NUMERIC_VERSION, APP_ID, SOURCE, ICON, OUTFILE)"
!endif

!define NAME "Commons Desktop"
!define EXE "commons-desktop.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define VAULT_CLASS "${APP_ID}.vault"
!define BUNDLE_CLASS "${APP_ID}.bundle"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "Software\${APP_ID}" "InstallDir"
RequestExecutionLevel user
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${NUMERIC_VERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${NAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "AGPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

LangString VAULT_TYPE ${LANG_ENGLISH} "Commons Desktop vault"
LangString VAULT_TYPE ${LANG_FRENCH} "Coffre Commons Desktop"
LangString BUNDLE_TYPE ${LANG_ENGLISH} "Commons Desktop bundle"
LangString BUNDLE_TYPE ${LANG_FRENCH} "Paquet Commons Desktop"
LangString NOT_OURS ${LANG_ENGLISH} "$INSTDIR does not hold ${NAME}: nothing was removed."
LangString NOT_OURS ${LANG_FRENCH} "$INSTDIR ne contient pas ${NAME} : rien n'a été supprimé."

!macro FileType EXT CLASS DESCRIPTION
  WriteRegStr HKCU "Software\Classes\.${EXT}" "" "${CLASS}"
  WriteRegStr HKCU "Software\Classes\${CLASS}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "Software\Classes\${CLASS}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${CLASS}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
!macroend

!macro RemoveFileType EXT CLASS
  ReadRegStr $0 HKCU "Software\Classes\.${EXT}" ""
  ${If} $0 == "${CLASS}"
    DeleteRegKey HKCU "Software\Classes\.${EXT}"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${CLASS}"
!macroend

Section "${NAME}"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_ID}" "InstallDir" "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  !insertmacro FileType "commons" "${VAULT_CLASS}" "$(VAULT_TYPE)"
  !insertmacro FileType "commonsx" "${BUNDLE_CLASS}" "$(BUNDLE_TYPE)"
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${NAME} contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; the file types changed
SectionEnd

Section "Uninstall"
  ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
    MessageBox MB_ICONSTOP "$(NOT_OURS)" /SD IDOK
    Abort
  ${EndIf}
  Delete "$SMPROGRAMS\${NAME}.lnk"
  !insertmacro RemoveFileType "commons" "${VAULT_CLASS}"
  !insertmacro RemoveFileType "commonsx" "${BUNDLE_CLASS}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_ID}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\commons.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
