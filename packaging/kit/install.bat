@echo off
rem Install Referral App from this kit: double-click this file (no administrator rights needed).
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
set status=%errorlevel%
pause
exit /b %status%
