/**
 * What the in-ports ({@code port.in}) and the out-ports ({@code port.out}) share, so that neither side
 * depends on the other: a driving adapter sees in-ports and this package, a driven adapter out-ports
 * and this package. Only values and exceptions that both sides carry belong here.
 */
package de.koop.application.port;
