package com.activesessions.mfa.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URI = "otpauth://totp/Active%20Sessions:alice%40example.com"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Active%20Sessions&algorithm=SHA1&digits=6&period=30";

    @Test
    void theImageOnThePageReadsBackAsTheOtpauthUri() throws Exception {
        String dataUri = new QrCodes().pngDataUri(URI);

        assertTrue(dataUri.startsWith("data:image/png;base64,"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(URI, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void theKeyIsShownInGroupsOfFour() {
        assertEquals("GEZD GNBV GY3T QOJQ", MfaSetupView.grouped("GEZDGNBVGY3TQOJQ"));
        assertEquals("GEZD G", MfaSetupView.grouped("GEZDG"));
    }
}
