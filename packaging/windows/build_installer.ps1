<#
.SYNOPSIS
    Build the Windows installer: dist\installer\sterkblijven-<version>-windows-setup.exe

.DESCRIPTION
    Run after `make package` (or its two commands: python packaging\make_icons.py, then
    pyinstaller ... packaging\sterkblijven.spec) has filled dist\sterkblijven and build\icons.

    The version is read with Python from src\sterkblijven\__init__.py, the one place it lives,
    and checked against what the built sterkblijven-cli.exe says, so an installer never wraps an
    older build under a newer number. Inno Setup's compiler (ISCC.exe) is looked for in the usual
    install folders and on PATH.

.PARAMETER Python
    The Python to read the version with. Default: .venv\Scripts\python.exe when the repository
    has one, else `python` on PATH.

.PARAMETER Iscc
    Full path to ISCC.exe, when it is somewhere this script does not look.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
#>
[CmdletBinding()]
param(
    [string] $Python = "",
    [string] $Iscc = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Script = Join-Path $PSScriptRoot "sterkblijven.iss"
$DistDir = Join-Path $RepoRoot "dist\sterkblijven"
$IconFile = Join-Path $RepoRoot "build\icons\sterkblijven.ico"

function Fail([string] $Message) {
    # Write-Error with Stop would print a PowerShell stack; a plain line says it better.
    [Console]::Error.WriteLine("build_installer: $Message")
    exit 1
}

# --- What make package should have made --------------------------------------------------------
foreach ($Needed in @((Join-Path $DistDir "sterkblijven.exe"), (Join-Path $DistDir "sterkblijven-cli.exe"))) {
    if (-not (Test-Path -LiteralPath $Needed -PathType Leaf)) {
        Fail "$Needed is missing. Build the program first: make package (or python packaging\make_icons.py, then pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\sterkblijven.spec)."
    }
}
if (-not (Test-Path -LiteralPath $IconFile -PathType Leaf)) {
    Fail "$IconFile is missing. Run: python packaging\make_icons.py"
}

# --- The version -------------------------------------------------------------------------------
if (-not $Python) {
    $VenvPython = Join-Path $RepoRoot ".venv\Scripts\python.exe"
    if (Test-Path -LiteralPath $VenvPython -PathType Leaf) { $Python = $VenvPython } else { $Python = "python" }
}
if (-not (Get-Command $Python -ErrorAction SilentlyContinue)) {
    Fail "no Python found ($Python). Install Python 3.11 or pass -Python C:\path\to\python.exe."
}
# From the source tree itself (src on sys.path), so a stale installed copy cannot answer; the
# package's __init__ holds nothing but the version, so this needs none of the app's dependencies.
$SrcDir = Join-Path $RepoRoot "src"
$Version = & $Python -c "import sys; sys.path.insert(0, sys.argv[1]); import sterkblijven; print(sterkblijven.__version__)" $SrcDir
if ($LASTEXITCODE -ne 0 -or -not $Version) {
    Fail "could not read the version with $Python from $SrcDir\sterkblijven\__init__.py."
}
$Version = "$Version".Trim()
if ($Version -notmatch '^[0-9A-Za-z][0-9A-Za-z.+-]*$') {
    Fail "the version '$Version' cannot be part of a file name."
}

# The build must be of this version: sterkblijven-cli.exe --version prints "sterkblijven <version>".
$Cli = Join-Path $DistDir "sterkblijven-cli.exe"
$BuiltVersion = & $Cli --version
if ($LASTEXITCODE -ne 0) {
    Fail "$Cli --version failed (exit $LASTEXITCODE); the build in dist\sterkblijven does not start."
}
if ("$BuiltVersion".Trim() -ne "sterkblijven $Version") {
    Fail "dist\sterkblijven holds '$("$BuiltVersion".Trim())' but the source says $Version. Run make package again."
}

# Windows' file properties need a purely numeric a.b.c.d version: 1.2.0rc1 becomes 1.2.0.0.
$Numeric = [regex]::Match($Version, '^\d+(\.\d+){0,3}').Value
if (-not $Numeric) {
    Fail "the version '$Version' does not start with a number."
}
$Parts = @($Numeric -split '\.')
while ($Parts.Count -lt 4) { $Parts += "0" }
$NumericVersion = $Parts -join "."

# --- Inno Setup's compiler ---------------------------------------------------------------------
if (-not $Iscc) {
    $Candidates = @()
    foreach ($Base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
        if ($Base) {
            $Candidates += (Join-Path $Base "Inno Setup 6\ISCC.exe")
            # Inno Setup 7 installs beside 6 under its own name; the script compiles with both.
            $Candidates += (Join-Path $Base "Inno Setup 7\ISCC.exe")
        }
    }
    $Iscc = $Candidates | Where-Object { Test-Path -LiteralPath $_ -PathType Leaf } | Select-Object -First 1
    if (-not $Iscc) {
        $OnPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
        if ($OnPath) { $Iscc = $OnPath.Source }
    }
}
if (-not $Iscc -or -not (Test-Path -LiteralPath $Iscc -PathType Leaf)) {
    Fail "Inno Setup's compiler ISCC.exe was not found. Install Inno Setup 6 (https://jrsoftware.org/isdl.php, or: choco install innosetup -y), or pass -Iscc C:\path\to\ISCC.exe."
}

# --- Build -------------------------------------------------------------------------------------
Write-Host "Building the sterkblijven $Version installer with $Iscc"
# Out-Host: the compiler's messages are for the person watching, not part of this script's output.
& $Iscc "/DAppVersion=$Version" "/DAppNumericVersion=$NumericVersion" $Script | Out-Host
if ($LASTEXITCODE -ne 0) {
    Fail "ISCC.exe failed (exit $LASTEXITCODE); its messages are above."
}

$Installer = Join-Path $RepoRoot "dist\installer\sterkblijven-$Version-windows-setup.exe"
if (-not (Test-Path -LiteralPath $Installer -PathType Leaf)) {
    Fail "ISCC.exe reported success but $Installer is not there."
}
Write-Host "Installer: $Installer"
# The path on standard output, for scripts and CI: $setup = packaging\windows\build_installer.ps1
Write-Output $Installer
