# Sign Windows executables with Authenticode, when a certificate is configured.
#
#   pwsh packaging/windows/sign.ps1 packaging/dist/office-desk          # every .exe in it
#   pwsh packaging/windows/sign.ps1 packaging/dist/OfficeDesk-0.1.0-setup.exe
#
# Environment (skipped, exit 0, when WINDOWS_SIGN_CERT is unset or empty):
#   WINDOWS_SIGN_CERT       the code-signing certificate, a .pfx file as base64 text
#   WINDOWS_SIGN_PASSWORD   its password
#   WINDOWS_TIMESTAMP_URL   RFC 3161 time-stamp server (default: DigiCert's)
# Inno Setup calls this for the setup and the uninstaller (see office-desk.iss).
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Paths)
$ErrorActionPreference = "Stop"

if (-not $env:WINDOWS_SIGN_CERT) {
    Write-Host "sign.ps1: WINDOWS_SIGN_CERT is not set: not signing $($Paths -join ', ')"
    exit 0
}
$timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

$signtool = Get-Command signtool.exe -ErrorAction SilentlyContinue | Select-Object -First 1 -ExpandProperty Source
if (-not $signtool) {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
}
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }

$pfx = Join-Path ([IO.Path]::GetTempPath()) ("office-desk-" + [guid]::NewGuid() + ".pfx")
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_SIGN_CERT))
try {
    $files = foreach ($path in $Paths) {
        if (Test-Path $path -PathType Container) {
            Get-ChildItem $path -Recurse -Filter *.exe | ForEach-Object FullName
        } else { (Resolve-Path $path).Path }
    }
    foreach ($file in $files) {
        & $signtool sign /f $pfx /p $env:WINDOWS_SIGN_PASSWORD /fd sha256 /tr $timestamp /td sha256 /d "Office Desk" $file
        if ($LASTEXITCODE -ne 0) { throw "signtool failed on $file" }
    }
} finally {
    Remove-Item $pfx -Force -ErrorAction SilentlyContinue
}
