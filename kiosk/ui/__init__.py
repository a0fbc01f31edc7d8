"""Thin Qt adapters between the content model and the QML views, registered as module Kiosk."""

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
