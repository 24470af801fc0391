#pragma once
// Laid-out pages: what to draw where, in mm from the page's top-left corner. Layout produces
// these without the PDF library, so that the whole batch's characters are known before the
// font is subset and nothing is measured twice.
#include <string>
#include <vector>

namespace td::reports {

struct TextRun {
    double x = 0, baseline = 0;  // mm
    double size = 10.5;          // points
    std::string text;            // UTF-8, one line
    bool bold = false;
    double gray = 0;
};

struct LineSegment {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double thickness = 0.5;  // points
    bool dashed = false;
};

struct Rectangle {
    double x = 0, y = 0, width = 0, height = 0;
    double thickness = 0.5;
    double fill = -1;  // gray level, or < 0 for none
    bool stroke = true;
    bool dashed = false;
};

struct Circle {
    double cx = 0, cy = 0, radius = 0;
    double thickness = 0.5;
    bool dashed = false;
};

struct Page {
    bool landscape = false;  // A4 turned
    std::vector<Rectangle> rectangles;
    std::vector<LineSegment> lines;
    std::vector<Circle> circles;
    std::vector<TextRun> texts;
};

// A document is one or more pages; a batch is many documents in one PDF.
using DocumentPages = std::vector<Page>;

}  // namespace td::reports
