import SBO
