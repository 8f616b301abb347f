// Unit tests exercise the whole simulator, whatever module they import it from: register every area.
import '../../src/domain/simulator/index';
